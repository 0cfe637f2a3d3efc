/** Turns a benchmark run into a JSON record, a Markdown table and an SVG chart. */
import { median } from './stats.js'
import type { LoadResult } from './load.js'

export interface Row {
  name: string
  /** One result per round. */
  rounds: LoadResult[]
  /** Ratio of requests/s to the baseline's in the same round, per round (null: not comparable). */
  ratios: Array<number | null>
}

export interface Summary {
  name: string
  rps: number
  p50Ms: number
  p99Ms: number
  errors: number
  cpuUsPerRequest: number
  peakRssMb: number
  ratio: number | null
}

export function summarize(row: Row): Summary {
  const pick = (key: keyof LoadResult): number => median(row.rounds.map((round) => round[key]))
  const ratios = row.ratios.filter((ratio): ratio is number => ratio !== null)
  return {
    name: row.name,
    rps: pick('rps'),
    p50Ms: pick('p50Ms'),
    p99Ms: pick('p99Ms'),
    errors: row.rounds.reduce((sum, round) => sum + round.errors, 0),
    cpuUsPerRequest: pick('cpuUsPerRequest'),
    peakRssMb: Math.max(...row.rounds.map((round) => round.peakRssBytes)) / 1024 / 1024,
    ratio: ratios.length ? median(ratios) : null,
  }
}

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–'

export function markdownTable(summaries: readonly Summary[]): string {
  const lines = [
    '| Target | Requests/s | Ratio to baseline | p50 ms | p99 ms | Errors | CPU µs/req | Peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const s of summaries) {
    const ratio = s.ratio === null ? '–' : `${fixed(s.ratio, 2)}×`
    lines.push(
      `| ${s.name} | ${fixed(s.rps, 0)} | ${ratio} | ${fixed(s.p50Ms, 1)} | ${fixed(s.p99Ms, 1)} | ${s.errors} | ${fixed(s.cpuUsPerRequest, 0)} | ${fixed(s.peakRssMb, 0)} |`,
    )
  }
  return lines.join('\n')
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A horizontal bar chart of requests/s as a share of the baseline, with the 0.5× target marked. */
export function svgChart(summaries: readonly Summary[], title: string): string {
  const rows = summaries.filter((s) => s.ratio !== null)
  const barHeight = 26
  const left = 430
  const width = 1060
  const plot = width - left - 160
  const top = 48
  const height = top + rows.length * (barHeight + 10) + 40
  const max = Math.max(1, ...rows.map((s) => s.ratio as number))
  const x = (ratio: number): number => left + (ratio / max) * plot
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="600">${escapeXml(title)}</text>`,
  ]
  rows.forEach((s, index) => {
    const y = top + index * (barHeight + 10)
    const ratio = s.ratio as number
    const color =
      s.name.startsWith('baseline') || s.name.startsWith('reference') ? '#9e9e9e' : '#1976d2'
    parts.push(
      `<text x="${left - 10}" y="${y + barHeight / 2 + 4}" text-anchor="end">${escapeXml(s.name)}</text>`,
      `<rect x="${left}" y="${y}" width="${Math.max(1, x(ratio) - left)}" height="${barHeight}" fill="${color}"/>`,
      `<text x="${x(ratio) + 6}" y="${y + barHeight / 2 + 4}">${ratio.toFixed(2)}× · ${Math.round(s.rps)}/s</text>`,
    )
  })
  const target = x(0.5)
  const bottom = top + rows.length * (barHeight + 10)
  parts.push(
    `<line x1="${target}" y1="${top - 6}" x2="${target}" y2="${bottom}" stroke="#d32f2f" stroke-dasharray="4 3"/>`,
    `<text x="${target}" y="${bottom + 16}" text-anchor="middle" fill="#d32f2f">0.5× target</text>`,
    `</svg>`,
  )
  return parts.join('\n') + '\n'
}
