// The dependency rule of server/src (docs/architecture.md, Layers), checked by `npm run lint:deps`
// in `npm test`: folders form layers, each may import only the layers below it, and no two
// folders import each other. dependency-cruiser stays on 17.x while Node 20 is supported here
// (18.x needs Node 22).

/** The layers, lowest first: a module may import its own layer and those before it. */
const LAYERS = [
  ['core', '^src/core/'],
  ['storage', '^src/(db|redis)/'],
  ['users', '^src/users/'],
  ['audit', '^src/audit/'],
  ['sessions', '^src/sessions/'],
  ['security', '^src/security/'],
  ['auth', '^src/auth/'],
  ['services', '^src/(services|app-definition)\\.ts$'],
  ['http', '^src/http/'],
  [
    'entry points',
    '^src/(cli/|app\\.ts$|server\\.ts$|upgrade\\.ts$|self-check\\.ts$|api\\.ts$|plugin\\.ts$|index\\.ts$)',
  ],
]

const upward = LAYERS.slice(0, -1).map(([name, path], index) => ({
  name: `layer-${name.replace(/ /g, '-')}`,
  comment: `${name} may not import a layer above it`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(index + 1).map(([, above]) => above) },
}))

export default {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment:
        'two folders importing each other (directly or through others) are one tangled layer',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular',
      comment: 'a module cycle makes load order matter',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'cli-without-http',
      comment:
        'the CLI builds the services, never the HTTP app (createServices lives in services.ts); ' +
        'only `sesame serve` loads it, with a dynamic import',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/http/', '^src/app\\.ts$', '^src/server\\.ts$'], reachable: true },
    },
    {
      name: 'src-not-tests',
      comment: 'shipped code never imports test code',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: ['\\.test\\.ts$', '^test/'] },
    },
    {
      name: 'every-module-in-a-layer',
      comment: 'a new folder needs its place in LAYERS (and in docs/architecture.md)',
      severity: 'error',
      from: { path: '^src/', pathNot: [...LAYERS.map(([, path]) => path), '\\.test\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Dynamic imports are left out: the one there is (`sesame serve` loading the HTTP app) is the
    // point where the CLI may reach http/, and every static path is still checked.
    exclude: { path: '\\.test\\.ts$', dynamic: true },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
}
