/** Problem details ({@code application/problem+json}) for every refused request. */
package cn.kaohe.web.api.problem;
