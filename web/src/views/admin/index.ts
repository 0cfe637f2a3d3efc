/**
 * The admin section as one lazy chunk: the router loads it once for all admin pages (fewer,
 * larger chunks than one per page, which keeps the login page's shared chunks as they were).
 */
export { default as AdminLayout } from './AdminLayout.vue'
export { default as AdminUsersView } from './AdminUsersView.vue'
export { default as AdminUserView } from './AdminUserView.vue'
export { default as AdminAuditView } from './AdminAuditView.vue'
