/**
 * Time: {@link cn.kaohe.platform.time.Clocks} produces the {@link java.time.Clock} beans inject, so that time-driven
 * logic (deadlines, publicity, timers) takes an instant that tests can choose.
 */
package cn.kaohe.platform.time;
