/**
 * `GET /api/hello/`: the Django reference setup's protected endpoint (docs/README.md, Where Sesame
 * comes from). It stands for the reader's own API, so it is the default server's demo route
 * (app.ts), not part of the plugin: an app built on Sesame brings its own routes instead.
 */
import type { FastifyPluginAsync } from 'fastify'
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { errorSchema, helloResponseSchema } from './api.schemas.js'
import { authOrThrow } from './session.plugin.js'

/** Registered on its own (encapsulated), with the zod compilers its schemas need. */
export const helloRoutes: FastifyPluginAsync = async (instance) => {
  const app = instance.withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.get(
    '/api/hello/',
    {
      schema: {
        summary: 'Greets the logged-in user',
        tags: ['auth'],
        response: { 200: helloResponseSchema, 401: errorSchema },
      },
    },
    async (request) => {
      const { user } = authOrThrow(request)
      return { message: `Hello ${user.username}` }
    },
  )
}
