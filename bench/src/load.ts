/** Drives load with autocannon and measures the server process while it runs. */
import autocannon from 'autocannon'
import { cpuMs, watchPeakRss } from './proc.js'

export interface LoadSpec {
  url: string
  method?: 'GET' | 'POST'
  connections: number
  durationSeconds: number
  /** Each request's headers and body, chosen per request (e.g. rotating cookies or users). */
  next?: () => { headers?: Record<string, string>; body?: string }
  headers?: Record<string, string>
}

export interface LoadResult {
  /** Successful (2xx) responses per second. */
  rps: number
  p50Ms: number
  p99Ms: number
  /** Connection errors (timeouts included) and non-2xx answers. */
  errors: number
  requests: number
  /** Server CPU time (user + system) per successful request, in microseconds. */
  cpuUsPerRequest: number
  peakRssBytes: number
}

/** Runs one load against a server process `pid`, after a warm-up of `warmupSeconds`. */
export async function measure(pid: number, spec: LoadSpec, warmupSeconds = 0): Promise<LoadResult> {
  if (warmupSeconds > 0) await fire({ ...spec, durationSeconds: warmupSeconds })
  const stopRss = watchPeakRss(pid)
  const cpuBefore = cpuMs(pid)
  const result = await fire(spec)
  const cpu = cpuMs(pid) - cpuBefore
  const peakRssBytes = stopRss()
  const ok = result['2xx']
  return {
    rps: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx, // autocannon's errors already include timeouts
    requests: ok,
    cpuUsPerRequest: ok === 0 ? Number.NaN : (cpu * 1000) / ok,
    peakRssBytes,
  }
}

function fire(spec: LoadSpec): Promise<autocannon.Result> {
  const next = spec.next
  return autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    connections: spec.connections,
    duration: spec.durationSeconds,
    headers: spec.headers ?? {},
    requests: next
      ? [
          {
            setupRequest: (request) => {
              const chosen = next()
              return {
                ...request,
                headers: { ...request.headers, ...chosen.headers },
                ...(chosen.body === undefined ? {} : { body: chosen.body }),
              }
            },
          },
        ]
      : undefined,
  })
}
