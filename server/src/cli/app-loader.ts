/**
 * Finds the app built on Sesame that `sesame <command>` works for, the way Django's `manage.py`
 * knows its settings: `SESAME_APP` (a module path), else the `"sesame": {"app": "<module>"}` field
 * of the nearest package.json above the working directory (`npm exec -w <app> -- sesame …` runs
 * in the app's folder). The module's default export is the app (`SesameApp`). No such field:
 * Sesame alone, as before.
 *
 * Loading a module runs its code, so a package.json is only believed when it is the app's: it
 * depends on `@sesame/server` and belongs to the user running the command (a package.json
 * someone else left in a shared folder above, such as /tmp, is refused, as git refuses a
 * repository another user owns).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkSesameApp, type SesameApp } from '../app-definition.js'

/** A module named as the app that cannot be loaded or is not an app: the message says which. */
export class AppLoadError extends Error {
  override readonly name = 'AppLoadError'
}

/** The module path the app comes from, or null for Sesame alone. */
export function findAppModule(cwd: string, env: NodeJS.ProcessEnv): string | null {
  if (env.SESAME_APP) return resolve(cwd, env.SESAME_APP)
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    if (existsSync(file)) {
      let manifest: unknown
      try {
        manifest = JSON.parse(readFileSync(file, 'utf8'))
      } catch {
        throw new AppLoadError(`${file} is not valid JSON`)
      }
      const field = (manifest as { sesame?: { app?: unknown } } | null)?.sesame?.app
      if (field === undefined) return null
      if (typeof field !== 'string') {
        throw new AppLoadError(`"sesame.app" in ${file} must be a path`)
      }
      if (!dependsOnSesame(manifest)) {
        throw new AppLoadError(`${file} names an app but does not depend on @sesame/server`)
      }
      const owner = statSync(file).uid
      if (process.getuid && owner !== process.getuid()) {
        throw new AppLoadError(`${file} belongs to another user: not loading the app it names`)
      }
      return resolve(dir, field)
    }
    if (dirname(dir) === dir) return null
  }
}

function dependsOnSesame(manifest: unknown): boolean {
  const fields = ['dependencies', 'devDependencies', 'peerDependencies'] as const
  const record = manifest as Partial<Record<(typeof fields)[number], Record<string, unknown>>>
  return fields.some((field) => Object.hasOwn(record[field] ?? {}, '@sesame/server'))
}

export async function loadApp(cwd: string, env: NodeJS.ProcessEnv): Promise<SesameApp | null> {
  const path = findAppModule(cwd, env)
  if (path === null) return null
  if (!existsSync(path)) {
    throw new AppLoadError(`The app module ${path} does not exist (is the app built?)`)
  }
  let loaded: unknown
  try {
    loaded = await import(pathToFileURL(path).href)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new AppLoadError(`Cannot load the app module ${path}: ${message.split('\n')[0]}`)
  }
  const app = (loaded as { default?: unknown }).default
  if (typeof app !== 'object' || app === null) {
    throw new AppLoadError(`${path} has no default export: export the app (a SesameApp) as default`)
  }
  try {
    checkSesameApp(app as SesameApp)
  } catch (error) {
    throw new AppLoadError(`${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return app as SesameApp
}
