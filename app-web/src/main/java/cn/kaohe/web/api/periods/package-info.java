/** REST: {@code /api/periods} — periods, enrolled units, lead-department assignments. */
package cn.kaohe.web.api.periods;
