/**
 * The rules and names the API and the web app share, written once. Plain TypeScript with no
 * imports at all: the server's modules import it directly, and the web app gets it, with the
 * schemas' types, through `@sesame/server/api` (`src/api.ts`; docs/architecture.md, The web app),
 * so nothing here may pull in zod or Node.
 */

/**
 * Control characters (C0 and DEL): refused in text a client sends that we store or search
 * (PostgreSQL refuses NUL, and none belongs in a name, an address or a search), replaced in the
 * client text the audit log keeps.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g

/** Whether `value` holds a control character (C0 or DEL). */
export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value)
}

/** `value` with every control character (C0 or DEL) replaced by `replacement`. */
export function replaceControlCharacters(value: string, replacement: string): string {
  return value.replace(CONTROL_CHARACTERS, replacement)
}

/**
 * What `GET /api/admin/users/?ordering=` may sort users by (Django REST framework's
 * OrderingFilter: the field name, `-` before it for descending). Ties go by id, so pages are
 * stable.
 */
export const USER_ORDER_FIELDS = [
  'username',
  'email',
  'dateJoined',
  'lastLogin',
  'isActive',
  'isStaff',
  'isSuperuser',
] as const
export type UserOrderField = (typeof USER_ORDER_FIELDS)[number]
export const USER_ORDERINGS = /* @__PURE__ */ USER_ORDER_FIELDS.flatMap(
  (field) => [field, `-${field}`] as const,
)
export type UserOrdering = UserOrderField | `-${UserOrderField}`

/**
 * Most events one audit export (`GET /api/admin/audit/export/`) may hold: when more match it is
 * refused (400), never cut short, so the web app says so instead of offering the download.
 */
export const AUDIT_EXPORT_MAX_ROWS = 100_000

/** `1 session`, `3 sessions`: English count wording for the CLI and the web app. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
