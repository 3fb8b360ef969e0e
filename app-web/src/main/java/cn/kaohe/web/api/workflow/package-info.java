/** REST for the assessment workflow under {@code /api/workflow} (docs/api.md, "Workflow"). */
package cn.kaohe.web.api.workflow;
