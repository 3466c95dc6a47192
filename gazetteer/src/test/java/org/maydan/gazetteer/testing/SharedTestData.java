package org.maydan.gazetteer.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The tests' one way to the shared folder that lives beside the repository and is never copied
 * into it (the evaluation texts and the OCHA source tables), and their one policy without it.
 *
 * <p>Lookup: {@code $MAYDAN_SHARED} when set (surefire sets it to {@code ../shared} beside the
 * repository root), else {@code ../shared} or {@code ../../shared} from the working directory.
 * Without the file asked for, a test is skipped with a loud message on stderr; under
 * {@code CI=true} it fails instead, as CI always has the folder.
 */
public final class SharedTestData {

    /** The environment variable naming the shared folder. */
    public static final String ENV = "MAYDAN_SHARED";

    private SharedTestData() {
    }

    /** The folders looked in, in order. */
    public static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        } else {
            dirs.add(Path.of("..", "shared"));
            dirs.add(Path.of("..", "..", "shared"));
        }
        return dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
    }

    /** {@code relative} (a file or folder) inside the first shared folder that has it. */
    public static Optional<Path> find(String relative) {
        return candidates().stream().map(d -> d.resolve(relative)).filter(Files::exists).findFirst();
    }

    /**
     * {@code relative} inside the shared folder, e.g. {@code eval/dev/seeds.jsonl}; when it is
     * missing, skips the calling test (or class, from a {@code @BeforeAll}) loudly, or fails it
     * under {@code CI=true}.
     */
    public static Path require(String relative) {
        Optional<Path> found = find(relative);
        if (found.isPresent()) {
            return found.get();
        }
        String why = "shared test data " + relative + " not found (looked in " + candidates()
                + "; set " + ENV + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + ". In CI the shared folder is required.");
        }
        System.err.println("\n*** SKIPPED: " + why + " ***\n");
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }
}
