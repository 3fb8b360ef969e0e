/**
 * Platform: what every feature stands on — request validation ({@code validation}), schema migrations at
 * start-up ({@code migration}) and the health report ({@code health}).
 */
package cn.kaohe.platform;
