package org.maydan.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maydan.MaydanApplication;

/**
 * The application in a process of its own, as {@code java -jar maydan.jar ARGS} runs it, on the
 * test's class path: for faults that need a second process (a file lock, {@code kill -9}). Its
 * standard output and error go to one file the test can read while it runs.
 */
public final class ChildJvm {

    private static final String MAX_HEAP = "-Xmx512m";

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code MaydanApplication ARGS} in {@code workingDir}. */
    public static ChildJvm start(Path workingDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP, "-cp", System.getProperty("java.class.path"), MaydanApplication.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(workingDir, "child-", ".log");
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        return new ChildJvm(process, output);
    }

    public Process process() {
        return process;
    }

    /** What the process has written so far, standard output and error interleaved. */
    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Ends the process at once, as {@code kill -9} does (no shutdown hooks run). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
