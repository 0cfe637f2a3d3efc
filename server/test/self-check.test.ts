/**
 * The start-up self-check's runtime half: forwarded headers from a hop TRUST_PROXY does not trust
 * are warned about (once an hour at most), with the setting that fixes it.
 */
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { build } from './helpers.js'

async function warningsAfter(
  env: Record<string, string>,
  requests: Array<{ remoteAddress: string; headers: Record<string, string> }>,
): Promise<string[]> {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done): void {
      lines.push(chunk.toString())
      done()
    },
  })
  const ctx = await build(env, { logger: { level: 'warn', stream } })
  for (const request of requests) {
    await ctx.app.inject({ url: '/healthz', ...request })
  }
  return lines
    .map((line) => JSON.parse(line) as { msg: string })
    .map((entry) => entry.msg)
    .filter((msg) => msg.includes('X-Forwarded'))
}

describe('forwarded headers from an untrusted hop', () => {
  it('warns once, naming the TRUST_PROXY value that would fix it', async () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' }
    const warnings = await warningsAfter({}, [
      { remoteAddress: '10.0.0.2', headers: forwarded },
      { remoteAddress: '10.0.0.2', headers: forwarded },
    ])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/TRUST_PROXY=10\.0\.0\.2/)
  })

  it('stays quiet for the trusted proxy and for requests without such headers', async () => {
    const warnings = await warningsAfter({ TRUST_PROXY: '10.0.0.2' }, [
      { remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': '203.0.113.9' } },
      { remoteAddress: '198.51.100.4', headers: {} },
    ])
    expect(warnings).toEqual([])
    const untrusted = await warningsAfter({ TRUST_PROXY: '10.0.0.2' }, [
      { remoteAddress: '198.51.100.4', headers: { 'x-forwarded-host': 'evil.example' } },
    ])
    expect(untrusted).toHaveLength(1)
  })
})
