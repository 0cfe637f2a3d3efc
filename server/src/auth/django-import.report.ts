/**
 * What `sesame import-django-users` did, as `django-import.service.ts` reports it to the command,
 * which prints it and records it in the audit log.
 */

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}

export interface UserImportCounts extends ImportCounts {
  /** Sesame accounts merged with `--merge-existing` (changed or not). */
  merged: number
  /** Django users left out here (the reader's are counted apart). */
  skipped: number
}

/** What the import did to one user, for the audit log. */
export interface UserOutcome {
  event: 'user_created' | 'user_changed' | 'user_deactivated' | 'user_reactivated'
  userId: number
  username: string
  /** Sesame column names that changed (plus `groups`); empty for a created user. */
  changed: string[]
  /** Its sessions must end (flags or password changed); the caller ends them. */
  signedOut: boolean
  sessionsEnded: number
  /** Merged with `--merge-existing` into an account the import did not create. */
  merged?: boolean
}

export interface GroupOutcome {
  event: 'group_created' | 'group_changed'
  name: string
  added: string[]
  removed: string[]
}

/** A Django user left out, and why (one line for the operator). */
export interface SkippedUser {
  username: string
  reason: string
}

/** An account that lost something: `active`, `staff`, `superuser` or `group <name>`. */
export interface DemotedUser {
  username: string
  lost: string[]
}

/** A Sesame account merged with `--merge-existing`, and what Django has that it was not given. */
export interface MergedUser {
  username: string
  withheld: string[]
}

export interface ImportReport {
  users: UserImportCounts
  groups: ImportCounts
  /** Users left with no usable password because Django had none Sesame can verify. */
  withoutUsablePassword: number
  /** Users signed out because their flags or password changed. */
  signedOut: number
  /** Sessions ended; filled in by the import command, which ends them. */
  sessionsEnded: number
  userOutcomes: UserOutcome[]
  groupOutcomes: GroupOutcome[]
  skipped: SkippedUser[]
  merged: MergedUser[]
  demoted: DemotedUser[]
  /** Accounts an earlier import created, recognised by their Django hash (see `importUser`). */
  adopted: string[]
}

export interface ImportOptions {
  /**
   * Also merge a Django user into a Sesame account of the same name that this import did not
   * create. The account never gains anything by it: it keeps its password, and its active, staff
   * and superuser flags and groups are at most what it had (and what Django has).
   */
  mergeExisting?: boolean
}
