package org.maydan.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the project's {@code shared} folder (the evaluation texts) that lives beside the
 * repository and is never copied into it: {@code $MAYDAN_SHARED}, then {@code ../shared} from the
 * working directory, then {@code shared} beside the jar and its two parent folders.
 */
public final class SharedFolder {

    /** The environment variable naming the shared folder; surefire sets it for tests. */
    public static final String ENV = "MAYDAN_SHARED";

    private static final String BESIDE_THE_REPOSITORY = "../shared";
    private static final int JAR_ANCESTORS_SEARCHED = 3;

    private SharedFolder() {
    }

    /** The folders looked in, in order, given the value of {@link #ENV} (or null). */
    public static List<Path> candidates(@Nullable String env) {
        List<Path> dirs = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        dirs.add(Path.of("").toAbsolutePath().resolve(BESIDE_THE_REPOSITORY).normalize());
        Path dir = jarDirectory();
        for (int i = 0; dir != null && i < JAR_ANCESTORS_SEARCHED; i++, dir = dir.getParent()) {
            dirs.add(dir.resolve(BESIDE_THE_REPOSITORY).normalize());
        }
        return dirs;
    }

    /** The folders in which {@code relative} would be looked for, in order. */
    public static List<Path> lookIn(String relative) {
        return candidates(System.getenv(ENV)).stream().map(d -> d.resolve(relative)).toList();
    }

    /** {@code relative} (a file or folder) inside the first shared folder that has it. */
    public static Optional<Path> find(String relative) {
        return lookIn(relative).stream().filter(Files::exists).findFirst();
    }

    /** The folder of the jar when run as {@code java -jar}, whose class path is just that jar. */
    private static @Nullable Path jarDirectory() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return null;
        }
        return Path.of(classPath).toAbsolutePath().getParent();
    }
}
