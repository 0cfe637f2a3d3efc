/**
 * `@sesame/server/api` (package.json `exports`): the API contract as the web app imports it. The
 * shared rules and names (`contract.ts`) as values, the schemas' request and response shapes as
 * types only. `export type` is erased, so a bundle that imports this module gets `contract.ts`
 * and nothing else: no zod, no Node (docs/architecture.md, The web app).
 */
export * from './core/contract.js'
export type {
  AdminSetPasswordResponse,
  AdminUser,
  AdminUserCreateBody,
  AdminUserListResponse,
  AdminUserPatchBody,
  ApiError,
  ApiUser,
  AuditEventInfo,
  AuditFilterQuery,
  AuditListResponse,
  AuditTypesResponse,
  Group,
  GroupListResponse,
  HelloResponse,
  LoginBody,
  LoginResponse,
  LogoutResponse,
  PasswordChangeBody,
  PasswordChangeResponse,
  PermissionInfo,
  PermissionListResponse,
  ReauthenticateBody,
  ReauthenticateResponse,
  RevokedResponse,
  SessionInfo,
  SessionListResponse,
  SessionResponse,
} from './http/api.schemas.js'
