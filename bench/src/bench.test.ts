/**
 * The benchmark's own parts: statistics, the report, /proc readings, and one real (short) load
 * against a throwaway server. No speed is asserted here: targets live in `npm run bench`.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { measure } from './load.js'
import { cpuMs, rssBytes } from './proc.js'
import { markdownTable, summarize, svgChart } from './report.js'
import { growth, median } from './stats.js'

const result = (rps: number, cpuUsPerRequest = 100) => ({
  rps,
  p50Ms: 1,
  p99Ms: 2,
  errors: 0,
  requests: rps * 5,
  cpuUsPerRequest,
  peakRssBytes: 50 * 2 ** 20,
})

describe('stats', () => {
  it('takes the median of odd and even counts, and growth as a fraction', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
    expect(growth(100, 120)).toBeCloseTo(0.2)
  })
})

describe('report', () => {
  it('quotes medians and the median ratio to the baseline', () => {
    const summary = summarize({
      name: 'sesame',
      rounds: [result(5000), result(6000), result(4000)],
      ratios: [0.5, 0.6, 0.4],
    })
    expect(summary.rps).toBe(5000)
    expect(summary.ratio).toBe(0.5)
    const table = markdownTable([summary])
    expect(table).toContain('| sesame | 5000 | 0.50× |')
  })

  it('draws one bar per comparable target and marks the target ratio', () => {
    const svg = svgChart(
      [
        summarize({ name: 'baseline', rounds: [result(10000)], ratios: [1] }),
        summarize({ name: 'sesame <sqlite>', rounds: [result(6000)], ratios: [0.6] }),
        summarize({ name: 'login', rounds: [result(60)], ratios: [null] }),
      ],
      'chart',
    )
    expect(svg.match(/<rect x=/g)).toHaveLength(2)
    expect(svg).toContain('sesame &lt;sqlite&gt;')
    expect(svg).toContain('0.5× target')
    expect(svg).not.toContain('login')
  })
})

describe('proc', () => {
  it('reads CPU time and RSS of a live process', () => {
    const before = cpuMs(process.pid)
    let spin = 0
    const until = Date.now() + 50
    while (Date.now() < until) spin++
    expect(spin).toBeGreaterThan(0)
    expect(cpuMs(process.pid)).toBeGreaterThan(before)
    expect(rssBytes(process.pid)).toBeGreaterThan(10 * 2 ** 20)
  })
})

describe('load', () => {
  it('drives a real server and counts what it answered', async () => {
    let served = 0
    const server = createServer((_request, response) => {
      served++
      response.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const measured = await measure(process.pid, {
        url: `http://127.0.0.1:${port}/`,
        connections: 4,
        durationSeconds: 1,
      })
      expect(measured.requests).toBeGreaterThan(0)
      expect(measured.requests).toBeLessThanOrEqual(served)
      expect(measured.rps).toBeGreaterThan(0)
      expect(measured.errors).toBe(0)
      expect(measured.peakRssBytes).toBeGreaterThan(0)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
