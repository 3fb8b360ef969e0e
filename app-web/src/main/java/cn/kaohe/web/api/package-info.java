/**
 * The REST API under {@code /kaohe/api}: JSON for other systems. Errors are {@code application/problem+json}
 * (RFC 9457) naming every offending field; messages follow {@code Accept-Language} (zh-CN by default, en).
 */
package cn.kaohe.web.api;
