/** REST: scoring runs (start, progress, results with explanation, verify). */
package cn.kaohe.web.api.runs;
