/** JPA entities of the audit log: the append-only entries and the chain head. */
package cn.kaohe.audit.entity;
