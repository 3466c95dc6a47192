package org.maydan.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import picocli.CommandLine;

/**
 * {@code backup --to FILE.zip [--store PATH]}: a consistent copy of the embedded store, made with
 * H2's {@code BACKUP TO} (the file as of one committed state), for {@code restore}. The server must
 * be stopped: H2 lets one process open the store, and a running server is refused with a message.
 * PostGIS is backed up with {@code pg_dump} (README).
 */
@CommandLine.Command(name = "backup", mixinStandardHelpOptions = true,
        description = "copy the embedded store into a zip file (stop the server first)")
public final class BackupCommand implements Command {

    @CommandLine.Option(names = "--to", required = true, paramLabel = "FILE.zip", description = "the backup to write")
    Path to = Path.of("maydan-backup.zip");

    @CommandLine.Mixin
    StoreOption store = new StoreOption();

    @CommandLine.Option(names = "--replace", description = "overwrite FILE.zip if it exists")
    boolean replace;

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        Path target = to.toAbsolutePath();
        if (Files.exists(target) && !replace) {
            throw new UsageException(target + " exists; choose another name or add --replace");
        }
        EmbeddedStoreFile source = store.store();
        Files.deleteIfExists(target);
        try (Connection c = source.open()) {
            long articles = count(c, "article");
            long events = count(c, "event");
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
            out.printf("backed up %s (%d articles, %d events) to %s (%d bytes)%n", source.file(), articles, events,
                    target, Files.size(target));
        }
        return Commands.OK;
    }

    static long count(Connection c, String table) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
