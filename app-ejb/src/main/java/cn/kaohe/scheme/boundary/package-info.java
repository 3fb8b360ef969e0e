/**
 * Versioned schemes: upload (validated by scoring-core, every problem returned, nothing stored on refusal), seed
 * template import, edits while unfrozen, new versions once frozen (目标一律不作调整).
 */
package cn.kaohe.scheme.boundary;
