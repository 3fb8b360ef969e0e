package cn.kaohe.scoring.cli;

/**
 * The documented exit codes of the {@code kaohe-scoring} command (docs/cli.md). Stable: scripts test them.
 */
public enum ExitCode {
    /** Everything went well. */
    OK(0),
    /** The command line is wrong: unknown subcommand or option, missing argument. */
    USAGE(1),
    /** The scheme file is not a valid scheme; every problem is listed. */
    INVALID_SCHEME(2),
    /** The unit data do not fit the scheme (unknown indicator, text where a number belongs, ...). */
    INVALID_UNIT_DATA(3),
    /** A file could not be read or written. */
    IO(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** @return the process exit status */
    public int code() {
        return code;
    }
}
