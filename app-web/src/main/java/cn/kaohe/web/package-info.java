/**
 * The interfaces layer: Faces pages ({@code <feature>} packages with {@code <Page>View} beans), the REST API
 * ({@code api}) and the message bundles ({@code i18n}). It talks to app-ejb boundaries only, never to
 * entities, and does no score arithmetic.
 */
package cn.kaohe.web;
