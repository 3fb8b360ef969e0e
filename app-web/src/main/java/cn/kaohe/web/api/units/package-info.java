/** {@code GET/POST /api/units}: the assessed units. */
package cn.kaohe.web.api.units;
