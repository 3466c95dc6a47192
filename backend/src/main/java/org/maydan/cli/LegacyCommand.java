package org.maydan.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line job that still parses its own arguments, registered through
 * {@code META-INF/services/org.maydan.cli.LegacyCommand}. Transitional: only {@code bench-events}
 * is left on it, while it is reworked; when it moves to {@link Command}, whose options picocli
 * parses, this contract and its branch in {@link Commands} go.
 *
 * <p>Contract: {@link #run} returns the process exit code (0 on success, 2 for bad usage, 1 for a
 * failure while working) and reports problems as one clear message on {@code err}, never a bare
 * stack trace. Commands that need no database must not start a Spring context, so they stay fast
 * enough for outside scorers to call in a loop.
 */
public interface LegacyCommand {

    /** The subcommand word, e.g. {@code extract}. */
    String name();

    /** One line for the usage listing. */
    String summary();

    /** Runs the job with the arguments after the subcommand word. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
