/**
 * Request bodies are JSON and nothing else (docs/security.md, Request bodies). Fastify's text/plain parser is removed, so
 * a form post, multipart or text/plain body gets 415 before it reaches a route — this also closes
 * the "simple request" CSRF route, since browsers cannot send application/json cross-site without
 * a preflight. Prototype-poisoning keys are refused, nesting is bounded, and an empty body with a
 * JSON content type reads as "no body" (the Django reference client sends exactly that on logout:
 * docs/README.md, Where Sesame comes from).
 */
import type { FastifyInstance } from 'fastify'
import secureJson from 'secure-json-parse'
import { ApiError } from '../core/errors.js'

/** 64 KB: a login body is a few hundred bytes; anything near this is not a real client. */
export const BODY_LIMIT_BYTES = 64 * 1024
/** Deeper than any body this API accepts; refuses pathological nesting cheaply. */
export const MAX_JSON_DEPTH = 32

export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8')
      if (text.trim() === '') {
        done(null, undefined)
        return
      }
      try {
        const value: unknown = secureJson.parse(text, undefined, {
          protoAction: 'error',
          constructorAction: 'error',
        })
        if (depthOf(value) > MAX_JSON_DEPTH) {
          done(new ApiError('invalid_request', { message: 'The JSON body is nested too deeply.' }))
          return
        }
        done(null, value)
      } catch {
        done(new ApiError('invalid_request', { message: 'The body is not valid JSON.' }))
      }
    },
  )
}

/** Nesting depth of a parsed JSON value, without recursion (so no stack overflow). */
function depthOf(value: unknown): number {
  let max = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number]
    if (item === null || typeof item !== 'object') continue
    if (depth + 1 > max) max = depth + 1
    if (max > MAX_JSON_DEPTH) return max
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return max
}
