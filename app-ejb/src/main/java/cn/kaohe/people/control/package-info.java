/**
 * People control: password hashing, sign-in verification with lockout, the caller's identity and units
 * (data-level checks), the first administrator at start-up.
 */
package cn.kaohe.people.control;
