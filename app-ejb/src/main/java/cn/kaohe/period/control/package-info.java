/** Period rules that come from the scheme: which sub-periods it needs and what kind each is. */
package cn.kaohe.period.control;
