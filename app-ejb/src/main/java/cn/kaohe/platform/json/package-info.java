/** JSON plumbing shared by features: canonical JSON with SHA-256 for hashing inputs, JSON-P conversion. */
package cn.kaohe.platform.json;
