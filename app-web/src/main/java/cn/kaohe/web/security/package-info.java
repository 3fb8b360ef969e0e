/**
 * Authentication of the web module with Jakarta Security on WildFly's Elytron: one
 * {@link cn.kaohe.web.security.KaoheAuthenticationMechanism} (HTTP Basic for {@code /api}, form login for the pages)
 * and one {@link cn.kaohe.web.security.DatabaseIdentityStore} over the database users (PBKDF2 hashes, lockout).
 * The server runs it with {@code integrated-jaspi=false} (see {@code configure-security.cli}); the identity it
 * establishes propagates to the EJBs, whose {@code @RolesAllowed} and data-level checks decide.
 */
package cn.kaohe.web.security;
