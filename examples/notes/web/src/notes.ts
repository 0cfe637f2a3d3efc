/**
 * The notes API (the example's server, examples/notes/src) through Sesame's client
 * (`@sesame/web/client`): same-origin, the session cookie, `X-CSRFToken` on POST and DELETE, a
 * 401 logging the tab out, and every failure an `ApiError` with the server's code and message.
 */
import { request } from '@sesame/web/client'

export interface Note {
  id: number
  text: string
  /** ISO 8601. */
  createdAt: string
}

/** The server's limit on a note, after trimming. */
export const NOTE_MAX_LENGTH = 1000

/** The caller's notes, newest first (`notes.view_note`). */
export async function listNotes(): Promise<Note[]> {
  return (await request<{ results: Note[] }>('GET', '/api/notes/')).results
}

/** Adds a note (`notes.add_note`); 400 `invalid_request` with `fields.text` on a bad text. */
export function addNote(text: string): Promise<Note> {
  return request<Note>('POST', '/api/notes/', { body: { text } })
}

/** 204 on success (`notes.delete_note`); another user's note is 404 `not_found`. */
export function deleteNote(id: number): Promise<undefined> {
  return request<undefined>('DELETE', `/api/notes/${encodeURIComponent(String(id))}/`)
}
