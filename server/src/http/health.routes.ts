/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database, and Redis
 * when it holds sessions, answer too), for load balancers and orchestrators. Neither looks at
 * sessions, and both answer any Host (probes use addresses, not ALLOWED_HOSTS names).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { pingDatabase, type Db } from '../db/database.js'
import type { RedisClient } from '../redis/connection.js'
import { errorBody } from '../core/errors.js'
import { errorSchema, healthResponseSchema } from './api.schemas.js'

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db; redis: RedisClient | null }> = async (
  app,
  { db, redis },
) => {
  app.get(
    '/healthz',
    {
      config: { session: false, anyHost: true },
      schema: { tags: ['ops'], response: { 200: healthResponseSchema } },
    },
    async () => ({ status: 'ok' }),
  )

  app.get(
    '/readyz',
    {
      config: { session: false, anyHost: true },
      schema: { tags: ['ops'], response: { 200: healthResponseSchema, 503: errorSchema } },
    },
    async (request, reply) => {
      try {
        await pingDatabase(db)
        if (redis) await redis.ping()
        return { status: 'ready' }
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed')
        return reply.code(503).send(errorBody('unavailable'))
      }
    },
  )
}
