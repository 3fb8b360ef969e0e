/** The user service (system administrators only) and the records it exchanges with the web layer. */
package cn.kaohe.people.boundary;
