package cn.kaohe.scoring.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the tool. */
interface Command {

    /**
     * Runs the subcommand.
     *
     * @param args     the arguments after the subcommand name
     * @param out      where results go
     * @param messages the message bundle
     * @throws CliException for any user error, carrying the exit code
     */
    void run(List<String> args, PrintStream out, Messages messages);
}
