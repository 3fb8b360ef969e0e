/**
 * Rejected requests: a {@link cn.kaohe.platform.validation.RequestRejectedException} carries every
 * {@link cn.kaohe.platform.validation.Violation} (field, message key, arguments); the web layer translates
 * the keys with its bundles (zh_CN, en). The exception rolls the transaction back, so nothing is saved.
 */
package cn.kaohe.platform.validation;
