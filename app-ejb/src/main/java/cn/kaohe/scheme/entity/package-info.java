/** Scheme versions as stored: the scoring-core JSON file, its SHA-256, population rules and metadata. */
package cn.kaohe.scheme.entity;
