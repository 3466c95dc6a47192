package org.maydan;

import org.maydan.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With no arguments, or {@code serve}, the jar serves the map and API; otherwise the
 * first argument names a command-line job (see {@link Commands}).
 */
@SpringBootApplication
public class MaydanApplication {

    public static void main(String[] args) {
        boolean serve = args.length == 0 || args[0].equals("serve") || args[0].startsWith("--");
        if (serve) {
            String[] springArgs = args.length > 0 && args[0].equals("serve")
                    ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication.run(MaydanApplication.class, springArgs);
            return;
        }
        Commands commands = new Commands();
        if (args[0].equals("help") || args[0].equals("-h")) {
            commands.printUsage(System.out);
            return;
        }
        System.exit(commands.run(args, System.out, System.err));
    }
}
