/**
 * Assessment periods: opened on a scheme version (which freezes it), with the sub-periods and deadlines the scheme
 * needs, the units assessed (in scheme categories) and lead-department assignments of indicators.
 */
package cn.kaohe.period.boundary;
