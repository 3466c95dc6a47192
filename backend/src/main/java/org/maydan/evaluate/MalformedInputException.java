package org.maydan.evaluate;

import java.nio.file.Path;
import org.maydan.cli.UsageException;

/** An input file that does not follow its format; the message names the file and line (exit code 2). */
public class MalformedInputException extends UsageException {

    public MalformedInputException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
