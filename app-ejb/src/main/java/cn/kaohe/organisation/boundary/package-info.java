/**
 * The organisation service: validates requests, persists units and returns immutable records. A rejected
 * request throws {@link cn.kaohe.platform.validation.RequestRejectedException} and changes nothing.
 */
package cn.kaohe.organisation.boundary;
