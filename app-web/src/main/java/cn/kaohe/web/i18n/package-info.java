/**
 * Message bundles {@code cn.kaohe.web.i18n.messages} in {@code zh_CN} (default) and {@code en}, with
 * identical key sets; the user's language choice; translation of service message keys.
 */
package cn.kaohe.web.i18n;
