/** Reporting rules without state: scoring-core unit data from reported records; evidence storage and sniffing. */
package cn.kaohe.reporting.control;
