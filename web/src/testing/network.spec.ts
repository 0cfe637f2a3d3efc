import { describe, expect, it } from 'vitest'
import { request } from '../api/client.js'
import { FakeNetwork, network, UNREACHABLE } from './network.js'

describe('the fake network', () => {
  it('answers by route, the last reply repeating, and records what was sent', async () => {
    const fake = new FakeNetwork().on('POST /api/x/', [400, { error: 'first' }], [200, { ok: 1 }])
    const send = () =>
      fake.fetch('/api/x/?q=1', {
        method: 'POST',
        headers: { 'X-CSRFToken': 'token' },
        body: '{"a":1}',
      })
    expect((await send()).status).toBe(400)
    expect((await send()).status).toBe(200)
    expect(await (await send()).json()).toEqual({ ok: 1 })
    expect(fake.sent[0]).toEqual({
      method: 'POST',
      url: '/api/x/?q=1',
      headers: { 'X-CSRFToken': 'token' },
      body: { a: 1 },
      rawBody: '{"a":1}',
    })
    expect(fake.problems()).toEqual([])
  })

  it('gives queued replies first, in order, whatever the route', async () => {
    const fake = new FakeNetwork().on('GET /api/a/', [200, 'route']).next([201, 'queued'])
    expect(await (await fake.fetch('/api/a/')).json()).toBe('queued')
    expect(await (await fake.fetch('/api/a/')).json()).toBe('route')
  })

  it('fails a test that sent a request nothing answers (a network error meanwhile)', async () => {
    const fake = new FakeNetwork()
    await expect(fake.fetch('/api/unknown/')).rejects.toBeInstanceOf(TypeError)
    expect(fake.problems()).toEqual([
      'nothing answers GET /api/unknown/ (add network.on or network.next)',
    ])
  })

  it('answers UNREACHABLE as a browser does when the server cannot be reached', async () => {
    const fake = new FakeNetwork().next(UNREACHABLE)
    await expect(fake.fetch('/api/x/')).rejects.toThrow('Failed to fetch')
    expect(fake.problems()).toEqual([])
  })

  it('fails a test that left replies it queued unasked for', async () => {
    const fake = new FakeNetwork().next([200, {}]).on('GET /api/x/', [500], [200])
    expect(fake.problems()).toEqual([
      'queued replies never asked for (network.next): 1',
      'replies to GET /api/x/ never asked for: 1',
    ])
  })

  it('fails a test that ends with a request still pending', async () => {
    const fake = new FakeNetwork()
    const held = fake.hold('GET /api/slow/')
    const answer = fake.fetch('/api/slow/')
    await held.arrived
    expect(fake.pending).toBe(1)
    expect(fake.problems()).toEqual(['still pending at the end of the test: GET /api/slow/'])
    held.answer([200, { late: true }])
    expect(await (await answer).json()).toEqual({ late: true })
    expect(fake.problems()).toEqual([])
  })

  it('rejects a held request its signal aborts, which then is no longer pending', async () => {
    const fake = new FakeNetwork()
    const held = fake.hold()
    const controller = new AbortController()
    const answer = fake.fetch('/api/slow/', { signal: controller.signal })
    await held.arrived
    controller.abort()
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' })
    expect(fake.pending).toBe(0)
    expect(fake.problems()).toEqual([])
  })

  it('refuses, and lists, a request that comes after its test ended', async () => {
    const fake = new FakeNetwork().on('GET /api/x/', [200])
    fake.close()
    await expect(fake.fetch('/api/x/')).rejects.toThrow('No network between tests')
    expect(fake.lateRequests()).toEqual(['GET /api/x/'])
  })
})

// The checks as the hooks of src/testing/setup.ts run them: each of these tests must fail.
describe('the checks after each test', () => {
  it.fails('fail a test that queued a reply nobody asked for', () => {
    network.next([200, {}])
  })

  it.fails('fail a test that leaves a request pending', async () => {
    const held = network.hold('GET /api/session/')
    void request('GET', '/api/session/').catch(() => {})
    await held.arrived
  })

  it.fails('fail a test whose request nothing answers', async () => {
    await request('GET', '/api/nothing/').catch(() => {})
  })

  it('(a test whose request outlives it)', ({ onTestFinished }) => {
    // Runs after the after-each checks, as a forgotten timer or watcher would.
    onTestFinished(() => void fetch('/api/late/').catch(() => {}))
  })

  it.fails('fail the next test, naming the request that outlived its test', () => {})

  it('pass a test that used what it set up', async () => {
    network.next([200, { user: null }])
    await expect(request('GET', '/api/session/')).resolves.toEqual({ user: null })
  })
})
