/**
 * The one fake network of the web specs (web/README.md, Tests). `src/testing/setup.ts` puts it in
 * place of `fetch` for every test and checks it after each one, so a spec only says what the
 * server answers:
 *
 * - `network.on('GET /api/x/', ...replies)`: that route (the query is not part of the match)
 *   answers with its replies in turn; the last one repeats.
 * - `network.next(...replies)`: the next requests, whatever their route, get these in order.
 * - `network.hold('GET /api/x/')`: the next such request waits until the test answers it.
 *
 * A test fails at its end when a request is still pending (held and never answered), when a
 * reply it queued was never asked for, or when a request came that nothing answers (it gets a
 * network error meanwhile). Between tests the network is closed: a request then is one that
 * outlived its test, and the next test fails naming it.
 */
import { vi } from 'vitest'

/** One request as the app sent it. */
export interface Sent {
  method: string
  /** Path and query, as sent. */
  url: string
  headers: Record<string, string>
  /** The JSON body, parsed; `undefined` without one. */
  body: unknown
  /** The body as sent. */
  rawBody: string | undefined
}

/** `[status, body, headers]`; no body (`undefined`) sends none (204). */
export type Answer = readonly [status: number, body?: unknown, headers?: Record<string, string>]
/** What the server does with a request: answer it, or be unreachable. */
export type Reply = Answer | typeof UNREACHABLE | ((sent: Sent) => Answer | typeof UNREACHABLE)

/** The server cannot be reached: `fetch` rejects, as a browser's does, with a TypeError. */
export const UNREACHABLE = Symbol('unreachable')

/** An error body in the API's shape (`{ error: { code, message, fields } }`). */
export function error(status: number, code: string, message = code, fields?: unknown): Answer {
  return [status, { error: { code, message, ...(fields ? { fields } : {}) } }]
}

/** A request the test answers by hand (`network.hold`). */
export interface Held {
  /** Resolves with the request once it has been sent. */
  readonly arrived: Promise<Sent>
  /** Answers it; the app sees the answer at once. */
  answer(reply: Reply): void
}

interface Waiting {
  route: string | null
  sent: Sent | null
  arrive: (sent: Sent) => void
  respond: ((reply: Reply) => void) | null
  /** An answer given before the request came. */
  early: Reply | null
}

function routeOf(method: string, url: string): string {
  return `${method} ${url.split('?')[0]}`
}

/** The headers as the app wrote them (a plain object keeps its names' case). */
function headersOf(init: RequestInit): Record<string, string> {
  const headers = init.headers
  if (headers === undefined) return {}
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(headers)
  return { ...headers }
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError')
}

export class FakeNetwork {
  readonly sent: Sent[] = []
  private readonly routes = new Map<string, Reply[]>()
  private readonly queue: Reply[] = []
  private readonly held: Waiting[] = []
  /** Requests whose `fetch` has not settled yet. */
  private readonly inFlight = new Set<Sent>()
  /** Requests nothing answered. */
  private readonly unexpected: string[] = []
  /** Requests after the test ended (set by `close`). */
  private readonly late: string[] = []
  private open = true

  /** Answers `route` (`METHOD /path/`) with `replies` in turn; the last one repeats. */
  on(route: string, ...replies: Reply[]): this {
    this.routes.set(route, [...replies])
    return this
  }

  /** The next requests, whatever their route, get these replies in order. */
  next(...replies: Reply[]): this {
    this.queue.push(...replies)
    return this
  }

  /** The next request to `route` (any route without one) waits until the test answers it. */
  hold(route: string | null = null): Held {
    let arrive: (sent: Sent) => void = () => {}
    const arrived = new Promise<Sent>((resolve) => (arrive = resolve))
    const waiting: Waiting = { route, sent: null, arrive, respond: null, early: null }
    this.held.push(waiting)
    return {
      arrived,
      answer: (reply) => {
        if (waiting.respond) waiting.respond(reply)
        else waiting.early = reply
      },
    }
  }

  /** `METHOD url` of every request whose url starts with `prefix`. */
  requests(prefix = '/api/'): string[] {
    return this.sent.filter((s) => s.url.startsWith(prefix)).map((s) => `${s.method} ${s.url}`)
  }

  /** What `fetch` is while this network is in place. */
  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = init.method ?? 'GET'
    const rawBody = typeof init.body === 'string' ? init.body : undefined
    const sent: Sent = {
      method,
      url,
      headers: headersOf(init),
      body: rawBody === undefined ? undefined : parseJson(rawBody),
      rawBody,
    }
    if (!this.open) {
      this.late.push(`${method} ${url}`)
      throw new TypeError('No network between tests')
    }
    this.sent.push(sent)
    if (init.signal?.aborted) throw abortError()
    this.inFlight.add(sent)
    try {
      return toResponse(await this.replyTo(sent, init.signal ?? null), sent)
    } finally {
      this.inFlight.delete(sent)
    }
  }

  private replyTo(sent: Sent, signal: AbortSignal | null): Promise<Reply> {
    const route = routeOf(sent.method, sent.url)
    const index = this.held.findIndex((w) => w.sent === null && (w.route ?? route) === route)
    const waiting = index === -1 ? undefined : this.held[index]
    if (waiting !== undefined) {
      waiting.sent = sent
      waiting.arrive(sent)
      if (waiting.early !== null) return Promise.resolve(waiting.early)
      return new Promise<Reply>((resolve, reject) => {
        waiting.respond = resolve
        signal?.addEventListener('abort', () => reject(abortError()))
      })
    }
    const queued = this.queue.shift()
    if (queued !== undefined) return Promise.resolve(queued)
    const replies = this.routes.get(route)
    const reply = replies && replies.length > 1 ? replies.shift() : replies?.[0]
    if (reply !== undefined) return Promise.resolve(reply)
    this.unexpected.push(`${sent.method} ${sent.url}`)
    return Promise.resolve(UNREACHABLE)
  }

  /** What is wrong at the end of the test: pending, unanswered or unasked-for requests. */
  problems(): string[] {
    const problems: string[] = []
    for (const sent of this.inFlight) {
      problems.push(`still pending at the end of the test: ${sent.method} ${sent.url}`)
    }
    for (const waiting of this.held) {
      if (waiting.sent === null) problems.push(`held ${waiting.route ?? 'request'} never came`)
    }
    if (this.queue.length > 0) {
      problems.push(`queued replies never asked for (network.next): ${this.queue.length}`)
    }
    for (const [route, replies] of this.routes) {
      if (replies.length > 1) {
        problems.push(`replies to ${route} never asked for: ${replies.length - 1}`)
      }
    }
    for (const request of this.unexpected) {
      problems.push(`nothing answers ${request} (add network.on or network.next)`)
    }
    return problems
  }

  /** Whether requests are still waiting for an answer. */
  get pending(): number {
    return this.inFlight.size
  }

  /** Ends the test's network: later requests are refused and reported by `lateRequests`. */
  close(): void {
    this.open = false
  }

  /** Requests made after `close`. */
  lateRequests(): string[] {
    return [...this.late]
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

function toResponse(reply: Reply, sent: Sent): Response {
  const answer = typeof reply === 'function' ? reply(sent) : reply
  if (answer === UNREACHABLE) throw new TypeError('Failed to fetch')
  const [status, body, headers = {}] = answer
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers })
}

/** The network of the running test (replaced before each test by `src/testing/setup.ts`). */
export let network = new FakeNetwork()
let ended: { name: string; network: FakeNetwork } | null = null

/** How long the end of a test waits for answered requests to finish before calling them pending. */
const SETTLE_MS = 500

/** Before each test: a fresh, open network. Fails if the last test's requests outlived it. */
export function startTest(signal: AbortSignal): void {
  const leaked = ended?.network.lateRequests() ?? []
  const leaker = ended?.name ?? ''
  ended = null
  const fresh = new FakeNetwork()
  network = fresh
  // A test that timed out keeps running in the background: cut it off the network at once.
  signal.addEventListener('abort', () => fresh.close())
  vi.stubGlobal('fetch', fresh.fetch)
  if (leaked.length > 0) {
    throw new Error(`requests outlived the test "${leaker}": ${leaked.join(', ')}`)
  }
}

/**
 * After each test (its components already unmounted): closes the network, so a later request is
 * caught, and fails the test for any pending, unanswered or unasked-for request.
 */
export async function endTest(name: string): Promise<void> {
  const deadline = Date.now() + SETTLE_MS
  while (network.pending > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const problems = network.problems()
  network.close()
  // Still this network between tests, even if a spec unstubbed its globals: happy-dom's own
  // fetch would reach for a real server.
  vi.stubGlobal('fetch', network.fetch)
  ended = { name, network }
  if (problems.length > 0) throw new Error(`network: ${problems.join('; ')}`)
}

/** After the last test of a file: its requests must not outlive it either. */
export function endFile(): void {
  const leaked = ended?.network.lateRequests() ?? []
  if (leaked.length > 0) {
    throw new Error(`requests outlived the test "${ended?.name ?? ''}": ${leaked.join(', ')}`)
  }
}
