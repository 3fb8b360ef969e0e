/**
 * People: users, their roles and the units they may act for; password hashing, sign-in with lockout and the first
 * administrator.
 *
 * <ol>
 *   <li>Passwords are stored as PBKDF2-HMAC-SHA256 hashes with a per-user salt, never in plain text.</li>
 *   <li>Five failed sign-ins in a row lock a user for 15 minutes ({@code kaohe.security.lockout.attempts},
 *       {@code kaohe.security.lockout.minutes}).</li>
 *   <li>An empty user table gets a first administrator at start-up ({@code kaohe.admin.login},
 *       {@code kaohe.admin.password}, or a generated one-time password written once to the server log).</li>
 *   <li>Every change of a user is audited.</li>
 * </ol>
 */
package cn.kaohe.people;
