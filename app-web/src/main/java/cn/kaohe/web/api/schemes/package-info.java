/** REST: {@code /api/schemes} — versioned scheme files, template import, edits of unfrozen versions. */
package cn.kaohe.web.api.schemes;
