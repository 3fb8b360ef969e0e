/** The units page ({@code /units.xhtml}): the list of assessed units and the form that creates one. */
package cn.kaohe.web.units;
