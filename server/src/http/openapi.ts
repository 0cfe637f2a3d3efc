/**
 * `GET /api/openapi.json`, generated from the routes' schemas: Sesame's are zod, an app's may be
 * zod or plain JSON Schema (passed through as they are).
 */
import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

type Transform = typeof jsonSchemaTransform

/** Whether any part of a route's schema is a zod schema (then zod turns it into JSON Schema). */
function hasZodPart(schema: Record<string, unknown>): boolean {
  const { response, ...parts } = schema
  const values = [
    ...Object.values(parts),
    ...(response && typeof response === 'object' ? Object.values(response) : []),
  ]
  // By shape, not `instanceof`: an app's zod may be another copy than Sesame's.
  return values.some((value) => typeof value === 'object' && value !== null && '_zod' in value)
}

const transform: Transform = (document) =>
  document.schema && !hasZodPart(document.schema as Record<string, unknown>)
    ? { schema: document.schema, url: document.url }
    : jsonSchemaTransform(document)

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Sesame API',
        description: 'Session-cookie authentication for single-page apps.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sessionid' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRFToken' },
        },
      },
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  })
  app.get('/api/openapi.json', { config: { session: false }, schema: { hide: true } }, async () =>
    app.swagger(),
  )
}
