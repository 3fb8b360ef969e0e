/** Scheme files through scoring-core: validation into violations, population rules, engines cached per file. */
package cn.kaohe.scheme.control;
