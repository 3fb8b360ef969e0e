/**
 * Integration tests: the built EAR deployed on the build's managed WildFly, once with the H2 configuration
 * and once with PostgreSQL (tag {@code database}); the browser test (tag {@code browser}) runs on H2.
 */
package cn.kaohe.it;
