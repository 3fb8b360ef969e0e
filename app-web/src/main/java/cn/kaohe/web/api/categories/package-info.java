/** {@code /api/unit-categories}: unit categories and tiers. */
package cn.kaohe.web.api.categories;
