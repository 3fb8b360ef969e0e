/** REST resource of the results feature: rankings, tier statistics, result sheets, trends and what-if answers. */
package cn.kaohe.web.api.results;
