/**
 * The notes app as Sesame sees it (package.json `"sesame": {"app": "./dist/server/app.js"}`): the
 * same object for the server (main.ts) and for `npm exec -w examples/notes -- sesame <command>`,
 * so the CLI migrates and creates users exactly as the server does.
 */
import { fileURLToPath } from 'node:url'
import { defineSesameApp } from '@sesame/server'
import { migration, NOTES_GROUP } from './migrations/0001-notes.js'
import { notesRoutes } from './routes.js'

export default defineSesameApp({
  name: 'notes',
  migrations: { '0001-notes': migration },
  permissions: {
    'notes.view_note': 'See their own notes',
    'notes.add_note': 'Add notes',
    'notes.delete_note': 'Delete their own notes',
  },
  // Every new user may use the app: a membership an admin can take away (console, user page).
  async onUserCreated({ addToGroups }) {
    await addToGroups([NOTES_GROUP])
  },
  routes: notesRoutes,
  // The page, built by `npm run build -w examples/notes` (web/vite.config.ts).
  webRoot: fileURLToPath(new URL('../web/', import.meta.url)),
})
