/**
 * The command-line tool {@code java -jar scoring-core-<version>-cli.jar}: {@code validate}, {@code score},
 * {@code rank} and {@code what-if} over scheme files and unit data files (JSON or CSV), documented in
 * {@code docs/cli.md}. Plain Java, no framework; {@link cn.kaohe.scoring.cli.Main} is the entry point, the
 * documented exit codes are {@link cn.kaohe.scoring.cli.ExitCode}. Messages come from the bundle
 * {@code cn/kaohe/scoring/cli/messages.properties} by stable keys.
 */
package cn.kaohe.scoring.cli;
