/** The user as the rest of the app sees it: no password hash, flags as booleans. */
export interface AuthUser {
  id: number
  username: string
  email: string
  isActive: boolean
  isStaff: boolean
  isSuperuser: boolean
  authVersion: number
  lastLogin: number | null
  dateJoined: number
}
