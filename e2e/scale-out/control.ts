/**
 * How tests reach the scale-out topology that setup.ts started in the Playwright runner process:
 * a description in SESAME_E2E_TOPOLOGY (set by the setup, inherited by the workers) and a small
 * HTTP control endpoint of the setup that hands out nginx's access log and stops and starts an
 * instance (the processes belong to the runner, not to the worker a test runs in).
 */
export interface Topology {
  /** nginx's https origin (self-signed certificate), the run's baseURL. */
  origin: string
  /** http://127.0.0.1:<port> of the setup's control endpoint. */
  control: string
  /** Each instance as nginx's access log names it in `upstream=`: `127.0.0.1:<port>`. */
  instances: Array<{ upstream: string }>
}

export const TOPOLOGY_VARIABLE = 'SESAME_E2E_TOPOLOGY'

export function topology(): Topology {
  const raw = process.env[TOPOLOGY_VARIABLE]
  if (!raw) throw new Error(`${TOPOLOGY_VARIABLE} is unset: run playwright.scale-out.config.ts`)
  return JSON.parse(raw) as Topology
}

async function call(method: 'GET' | 'POST', path: string): Promise<string> {
  const response = await fetch(`${topology().control}${path}`, { method })
  const body = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${body}`)
  return body
}

/** nginx's access log so far (the shipped `sesame` log format). */
export const accessLog = (): Promise<string> => call('GET', '/access-log')

/** Stops (SIGTERM, waits for the exit) or starts (waits for /healthz) instance `index`. */
export async function instance(index: number, action: 'stop' | 'start'): Promise<void> {
  await call('POST', `/instances/${index}/${action}`)
}
