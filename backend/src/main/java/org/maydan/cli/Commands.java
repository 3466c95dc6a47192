package org.maydan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds subcommands and runs one. Commands register themselves through
 * {@code META-INF/services/org.maydan.cli.Command}, so adding a command touches no shared list.
 */
public final class Commands {

    private final List<Command> commands = new ArrayList<>();

    public Commands() {
        ServiceLoader.load(Command.class).forEach(commands::add);
        commands.sort((a, b) -> a.name().compareTo(b.name()));
    }

    public Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<Command> all() {
        return List.copyOf(commands);
    }

    /** Runs {@code args[0]} as a subcommand and returns its exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Optional<Command> command = find(args[0]);
        if (command.isEmpty()) {
            err.println("maydan: unknown command '" + args[0] + "'");
            printUsage(err);
            return 2;
        }
        try {
            return command.get().run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
        } catch (UsageException e) {
            err.println("maydan " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("maydan " + args[0] + ": failed: " + e.getMessage());
            return 1;
        }
    }

    public void printUsage(PrintStream out) {
        out.println("usage: java -jar maydan.jar [serve | COMMAND args...]");
        out.println("  serve (default)  run the web server, map at http://localhost:8080");
        for (Command c : commands) {
            out.printf("  %-16s %s%n", c.name(), c.summary());
        }
    }
}
