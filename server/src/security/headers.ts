/**
 * Security headers on every response. The SPA is served from our own origin and loads nothing
 * from elsewhere, so the CSP can be strict: everything from 'self', no framing (clickjacking),
 * no plugins. HSTS is sent when the request is HTTPS or PUBLIC_ORIGIN is https.
 */
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/** Two years, the preload list's minimum (hstspreload.org). */
const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60

export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { isSecure: (request: { protocol: string }) => boolean },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        // Vuetify injects its theme as a <style> element.
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    // Same-origin: our own requests keep a full Referer (layer 1 reads it over HTTPS), other
    // sites learn nothing.
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
    // CSP frame-ancestors 'none' is the modern rule; X-Frame-Options says the same to old browsers.
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  })
  app.addHook('onSend', async (request, reply) => {
    if (options.isSecure(request)) {
      reply.header(
        'strict-transport-security',
        `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
      )
    }
    // API answers are per user (they depend on the session cookie): no shared or browser cache
    // may keep them, as Django's never_cache does.
    if (request.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-store')
      reply.header('vary', 'Cookie')
    }
  })
}
