/** The health report behind {@code GET /api/health}: application, database and persistence provider. */
package cn.kaohe.platform.health;
