/**
 * Security vocabulary shared by every feature: the role names ({@link cn.kaohe.platform.security.Roles}) used by
 * {@code @RolesAllowed} on each boundary method, and the data-level refusal
 * ({@link cn.kaohe.platform.security.AccessRefusedException}, HTTP 403). Authentication itself lives in the web
 * module ({@code cn.kaohe.web.security}); users and lockout in {@code cn.kaohe.people}.
 */
package cn.kaohe.platform.security;
