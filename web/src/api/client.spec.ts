import { beforeEach, describe, expect, it } from 'vitest'
import { network, UNREACHABLE, type Answer } from '../testing/network.js'
import { getSession } from './auth.js'
import {
  ApiError,
  readCookie,
  request,
  setCsrfCookieName,
  setUnauthorizedHandler,
} from './client.js'

function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return [status, body, { 'content-type': 'application/json', ...headers }]
}

beforeEach(() => {
  document.cookie = 'csrftoken=; max-age=0'
})

describe('request', () => {
  it('sends X-CSRFToken only on unsafe methods, read from the cookie at request time', async () => {
    document.cookie = 'other=first'
    document.cookie = 'csrftoken=token-one'
    network.next(json(200, { user: null }), json(200, { detail: 'ok' }))
    await request('GET', '/api/session/')
    document.cookie = 'csrftoken=token-two'
    await request('POST', '/api/logout/')
    expect(network.sent[0]?.headers['X-CSRFToken']).toBeUndefined()
    expect(network.sent[1]?.headers['X-CSRFToken']).toBe('token-two')
    expect(network.sent[1]?.rawBody).toBeUndefined()
  })

  it('issue #13 item 2: reads the CSRF cookie the server names in GET /api/session/', async () => {
    document.cookie = 'csrftoken=django-default'
    document.cookie = 'sesame-csrf=configured'
    network.next(json(200, { user: null, csrfCookieName: 'sesame-csrf' }), json(200, {}))
    try {
      await getSession()
      await request('POST', '/api/logout/')
      expect(network.sent[1]?.headers['X-CSRFToken']).toBe('configured')
    } finally {
      setCsrfCookieName('csrftoken')
      document.cookie = 'sesame-csrf=; max-age=0'
    }
  })

  it('sends JSON bodies with their content type', async () => {
    network.next(json(200, { user: {} }))
    await request('POST', '/api/login/', { body: { username: 'a', password: 'b' } })
    expect(network.sent[0]?.headers['Content-Type']).toBe('application/json')
    expect(network.sent[0]?.body).toEqual({ username: 'a', password: 'b' })
  })

  it('resolves with no body on 204 No Content (DELETE)', async () => {
    network.next([204])
    await expect(request('DELETE', '/api/sessions/abc/')).resolves.toBeUndefined()
    expect(network.sent[0]?.rawBody).toBeUndefined()
    expect(network.sent[0]?.headers['Content-Type']).toBeUndefined()
  })

  it('turns error bodies into ApiError with code, fields and Retry-After', async () => {
    network.next(
      json(
        429,
        { error: { code: 'too_many_attempts', message: 'Too many.' } },
        { 'Retry-After': '8' },
      ),
    )
    const error = await request('POST', '/api/login/', { body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 8 })
  })

  it('reports an unreachable server as network_error', async () => {
    network.next(UNREACHABLE)
    const error = await request('GET', '/api/hello/').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 0, code: 'network_error' })
  })

  it('tells the unauthorized handler about a 401', async () => {
    const seen: string[] = []
    setUnauthorizedHandler((e) => seen.push(e.code))
    network.next(json(401, { error: { code: 'not_authenticated', message: 'No.' } }))
    await expect(request('GET', '/api/hello/')).rejects.toMatchObject({ status: 401 })
    expect(seen).toEqual(['not_authenticated'])
  })

  it('refreshes the session once and retries after 403 csrf_failed', async () => {
    document.cookie = 'csrftoken=stale'
    network.next(
      json(403, { error: { code: 'csrf_failed', message: 'CSRF check failed.' } }),
      json(200, { user: null }),
      json(200, { detail: 'Logged out.' }),
    )
    const result = await request('POST', '/api/logout/')
    expect(result).toEqual({ detail: 'Logged out.' })
    expect(network.sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /api/logout/',
      'GET /api/session/',
      'POST /api/logout/',
    ])
  })

  it('does not retry a 403 that is not a CSRF failure', async () => {
    network.next(json(403, { error: { code: 'permission_denied', message: 'No.' } }))
    await expect(request('POST', '/api/x/')).rejects.toMatchObject({ code: 'permission_denied' })
    expect(network.sent).toHaveLength(1)
  })
})

describe('an aborted request', () => {
  it('rejects with the abort, not as an unreachable server', async () => {
    const held = network.hold('GET /api/sessions/')
    const controller = new AbortController()
    const answer = request('GET', '/api/sessions/', { signal: controller.signal }).catch(
      (e: unknown) => e,
    )
    await held.arrived
    controller.abort()
    const error = await answer
    expect(error).not.toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ name: 'AbortError' })
  })
})

describe('readCookie', () => {
  it('finds a cookie by name, not by position', () => {
    document.cookie = 'a=1'
    document.cookie = 'csrftoken=abc'
    expect(readCookie('csrftoken')).toBe('abc')
    expect(readCookie('missing')).toBeNull()
  })

  it('survives a value that is not valid percent-encoding', () => {
    document.cookie = 'csrftoken=%E0%A4%A'
    expect(readCookie('csrftoken')).toBe('%E0%A4%A')
  })
})
