/** {@code /api/audit}: search and verification of the hash-chained audit log. */
package cn.kaohe.web.api.audit;
