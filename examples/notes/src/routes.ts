/**
 * The notes API: each user's own notes, behind Sesame's guards. Sesame's plugin has already
 * checked the host, both CSRF layers (on POST and DELETE) and the session before a handler runs;
 * the guards add the permission, read from the database on every request.
 */
import { ApiError } from '@sesame/server'
import type { FastifyInstance } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import type { Generated } from 'kysely'
import { z } from 'zod'

export interface NotesTables {
  notes: {
    id: Generated<number>
    user_id: number
    text: string
    created_at: number
  }
}

export interface Note {
  id: number
  text: string
  createdAt: string
}

/** The newest notes a list returns: enough for a page, bounded for the server. */
export const LIST_LIMIT = 500
export const TEXT_MAX_LENGTH = 1000
/** PostgreSQL's `integer`: a larger id cannot exist, and must not reach the query. */
const ID_MAX = 2_147_483_647

function toNote(row: { id: number; text: string; created_at: number }): Note {
  return { id: row.id, text: row.text, createdAt: new Date(row.created_at).toISOString() }
}

/**
 * What a note may not hold: control characters other than tab and line breaks (PostgreSQL refuses
 * NUL outright, and the rest have no place in text), and a half of a surrogate pair (not text at
 * all: the two databases would store different replacements for it).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const noteBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'This field may not be blank.')
    .max(TEXT_MAX_LENGTH, `Ensure this field has no more than ${TEXT_MAX_LENGTH} characters.`)
    .refine((text) => !NOT_TEXT.test(text) && !LONE_SURROGATE.test(text), {
      message: 'Enter text without control characters.',
    }),
})
/** A note id as written in the path: digits only (no `0x10`, `1e3`, sign or space). */
const noteParams = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'Not a note id.')
    .transform(Number)
    .refine((id) => id <= ID_MAX, 'Not a note id.'),
})

/** Registered by Sesame's plugin after its own routes (app.ts `routes`), in a context of its own. */
export async function notesRoutes(instance: FastifyInstance): Promise<void> {
  // zod schemas validate and type the bodies here, as in Sesame's own routes; the 400s they
  // produce come out in Sesame's error format (`invalid_request` with `fields`).
  const app = instance.withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const db = app.sesame.database<NotesTables>()
  const { clock } = app.sesame.services

  app.get(
    '/api/notes/',
    { preHandler: app.sesame.requirePermission('notes.view_note') },
    async (request) => {
      const { user } = app.sesame.auth(request)
      const rows = await db
        .selectFrom('notes')
        .select(['id', 'text', 'created_at'])
        .where('user_id', '=', user.id)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(LIST_LIMIT)
        .execute()
      return { results: rows.map(toNote) }
    },
  )

  app.post(
    '/api/notes/',
    { preHandler: app.sesame.requirePermission('notes.add_note'), schema: { body: noteBody } },
    async (request, reply) => {
      const { user } = app.sesame.auth(request)
      const { text } = request.body
      const row = await db
        .insertInto('notes')
        .values({ user_id: user.id, text, created_at: clock() })
        .returning(['id', 'text', 'created_at'])
        .executeTakeFirstOrThrow()
      return reply.code(201).send(toNote(row))
    },
  )

  app.delete(
    '/api/notes/:id/',
    {
      preHandler: app.sesame.requirePermission('notes.delete_note'),
      schema: { params: noteParams },
    },
    async (request, reply) => {
      const { user } = app.sesame.auth(request)
      // Another user's note is "not found", never "forbidden": its existence is not told.
      const result = await db
        .deleteFrom('notes')
        .where('id', '=', request.params.id)
        .where('user_id', '=', user.id)
        .executeTakeFirst()
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found')
      return reply.code(204).send()
    },
  )
}
