/** {@code GET /api/health}: application and database state (200 when up, 503 when the database is down). */
package cn.kaohe.web.api.health;
