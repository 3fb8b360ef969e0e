/** JPA entities of the organisation feature; never handed to the web layer (it sees boundary records). */
package cn.kaohe.organisation.entity;
