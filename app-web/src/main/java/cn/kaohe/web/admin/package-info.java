/**
 * The assessment office's management pages under {@code /office/} (units as a tree with edit and import,
 * categories/tiers, users, periods with sub-period deadlines, lead-department assignments), the role-based
 * navigation every page uses ({@link cn.kaohe.web.admin.Navigation}, {@code #{navigation.reporter}} …), the landing
 * page {@code /home.xhtml} and the translated error page {@code /error.xhtml} (403, 404, 500). Pages call the app-ejb
 * boundaries only; {@code /office/*} is limited to system administrators and the office in web.xml, and every
 * operation is checked again by the EJBs ({@code @RolesAllowed} and data-level checks).
 */
package cn.kaohe.web.admin;
