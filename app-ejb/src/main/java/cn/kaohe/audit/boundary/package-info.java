/** The audit service: search and chain verification, for the assessment office and auditors. */
package cn.kaohe.audit.boundary;
