/** Assessment periods, their sub-periods with deadlines, the units assessed and lead-department assignments. */
package cn.kaohe.period.entity;
