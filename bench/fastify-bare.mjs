// A reference, not a target: the same hello route on bare Fastify (no auth, no database, no
// hooks), to show how much of Sesame's cost is the framework's own.
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/api/hello/', async () => ({ message: 'Hello bench' }))
await app.listen({ port: Number(process.env.PORT ?? 8101), host: '127.0.0.1' })
