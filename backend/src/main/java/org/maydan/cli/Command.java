package org.maydan.cli;

import java.io.PrintStream;

/**
 * A command-line job run by the same jar as the server: {@code java -jar maydan.jar NAME args...}.
 *
 * <p>An implementation is a class annotated with picocli's {@code @CommandLine.Command(name = ...,
 * description = ..., mixinStandardHelpOptions = true)} whose fields carry {@code @Option} and
 * {@code @Parameters}; it registers itself in {@code META-INF/services/org.maydan.cli.Command}, so
 * adding a job touches no shared list. {@link Commands} makes a fresh instance per run, lets
 * picocli fill and type-check the options (bad usage: a message and exit code 2, {@code --help}:
 * every option), then calls {@link #run}.
 *
 * <p>Contract: {@link #run} returns the exit code ({@link Commands#OK}, or {@link Commands#FAILED}
 * when some items failed) and reports problems as one clear message on {@code err}, never a bare
 * stack trace; it throws {@link UsageException} for usage errors found after parsing (exit 2).
 * Jobs that need no database must not start a Spring context, so they stay fast enough for outside
 * scorers to call in a loop.
 */
public interface Command {

    /** Runs the job with its options already set; returns the exit code. */
    int run(PrintStream out, PrintStream err) throws Exception;
}
