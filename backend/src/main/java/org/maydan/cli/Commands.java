package org.maydan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Finds subcommands and runs one. {@link Command}s register through
 * {@code META-INF/services/org.maydan.cli.Command} and are parsed by picocli; every job shares
 * the same exit codes and error style: {@code maydan NAME: message} on standard error.
 */
public final class Commands {

    /** Exit code: the job did all it was asked. */
    public static final int OK = 0;
    /** Exit code: the job ran but some items failed (each reported). */
    public static final int FAILED = 1;
    /** Exit code: bad usage; nothing was done. */
    public static final int USAGE = 2;

    /** Columns of {@code --help}: room for paths and JSON members without breaking them. */
    private static final int HELP_WIDTH = 100;

    /** The build's version from the jar manifest; classes outside a jar have none. */
    private static final String VERSION = Optional.ofNullable(Commands.class.getPackage().getImplementationVersion())
            .orElse("(development build)");

    private final Map<String, Supplier<Command>> commands = new TreeMap<>();
    private final Map<String, String> summaries = new TreeMap<>();

    public Commands() {
        ServiceLoader.load(Command.class).stream().forEach(provider -> {
            String name = nameOf(provider.type());
            String[] description = provider.type().getAnnotation(CommandLine.Command.class).description();
            commands.put(name, provider::get);
            summaries.put(name, description.length > 0 ? description[0] : "");
        });
    }

    /** Whether a job of this name exists. */
    public boolean has(String name) {
        return commands.containsKey(name);
    }

    /** Runs {@code args[0]} as a subcommand with the rest as its arguments; returns its exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Supplier<Command> factory = commands.get(name);
        if (factory == null) {
            err.println("maydan: unknown command '" + name + "'");
            printUsage(err);
            return USAGE;
        }
        return execute(name, factory.get(), rest, out, err);
    }

    /**
     * Runs one job instance with its arguments (without the subcommand word), as {@link #run} does
     * for registered jobs; for tests that hand a job its fakes.
     */
    public static int run(Command command, String[] args, PrintStream out, PrintStream err) {
        return execute(nameOf(command.getClass()), command, args, out, err);
    }

    private static String nameOf(Class<?> type) {
        CommandLine.Command spec = type.getAnnotation(CommandLine.Command.class);
        if (spec == null) {
            throw new IllegalStateException(type + " lacks @CommandLine.Command");
        }
        return spec.name();
    }

    private static int execute(String name, Command command, String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(command)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedOptionsArePositionalParams(false);
        cli.getCommandSpec().version("maydan " + VERSION);
        cli.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false).width(HELP_WIDTH);
        cli.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            try {
                return command.run(out, err);
            } catch (Exception e) {
                throw new CommandLine.ExecutionException(cli, String.valueOf(e.getMessage()), e);
            }
        });
        cli.setParameterExceptionHandler((e, given) -> {
            err.println("maydan " + name + ": " + e.getMessage());
            err.println("Run 'maydan " + name + " --help' for its options.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageException) {
                err.println("maydan " + name + ": " + e.getMessage());
                return USAGE;
            }
            err.println("maydan " + name + ": failed: " + message(e));
            return FAILED;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        @Nullable String text = e.getMessage();
        return text != null ? text : e.getClass().getSimpleName();
    }

    public void printUsage(PrintStream out) {
        out.println("usage: java -jar maydan.jar [serve | COMMAND args...]   (COMMAND --help: its options)");
        out.println("  serve (default)  run the web server, map at http://localhost:8080");
        summaries.forEach((name, summary) -> out.printf("  %-16s %s%n", name, summary));
    }
}
