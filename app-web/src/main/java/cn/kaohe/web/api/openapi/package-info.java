/**
 * The OpenAPI document of the REST API: generated at build time from the resources in {@code cn.kaohe.web.api},
 * packaged in the WAR, served as JSON or YAML.
 */
package cn.kaohe.web.api.openapi;
