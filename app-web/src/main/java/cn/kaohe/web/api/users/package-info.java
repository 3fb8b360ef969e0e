/** {@code /api/users}: users, roles, units and lockout (system administrators); {@code /api/users/me}. */
package cn.kaohe.web.api.users;
