package org.maydan.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import picocli.CommandLine;

/**
 * {@code restore --from FILE.zip [--store PATH] [--replace]}: puts a backup of {@code backup} back as
 * the embedded store. The store file is first written beside the target and opened, so a damaged
 * backup never replaces a store; an existing store is kept as {@code PATH.mv.db.before-restore-TIME}
 * and only replaced with {@code --replace}. The server must be stopped. PostGIS is restored with
 * {@code pg_restore} (README).
 */
@CommandLine.Command(name = "restore", mixinStandardHelpOptions = true,
        description = "put a backup zip back as the embedded store (stop the server first)")
public final class RestoreCommand implements Command {

    @CommandLine.Option(names = "--from", required = true, paramLabel = "FILE.zip", description = "a backup of 'backup'")
    Path from = Path.of("maydan-backup.zip");

    @CommandLine.Mixin
    StoreOption store = new StoreOption();

    @CommandLine.Option(names = "--replace", description = "replace an existing store (kept aside as a copy)")
    boolean replace;

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        if (!Files.isRegularFile(from)) {
            throw new UsageException("no backup at " + from.toAbsolutePath());
        }
        EmbeddedStoreFile target = store.store();
        if (target.exists()) {
            if (!replace) {
                throw new UsageException("a store exists at " + target.file() + "; add --replace to replace it (it is"
                        + " kept as a copy)");
            }
            target.open().close();
        }
        Files.createDirectories(target.file().getParent());
        EmbeddedStoreFile restored = new EmbeddedStoreFile(target.path().resolveSibling(
                target.path().getFileName() + ".restoring"));
        Files.deleteIfExists(restored.file());
        extract(from, restored.file());
        long articles;
        long events;
        try (Connection c = restored.open()) {
            articles = BackupCommand.count(c, "article");
            events = BackupCommand.count(c, "event");
        } catch (java.sql.SQLException e) {
            Files.deleteIfExists(restored.file());
            throw new UsageException(from + " does not hold a readable store: " + e.getMessage());
        }
        if (target.exists()) {
            Path aside = target.file().resolveSibling(target.file().getFileName() + ".before-restore-"
                    + Instant.now().toString().replace(':', '-'));
            Files.move(target.file(), aside);
            out.println("the store that was there is kept as " + aside);
        }
        Files.move(restored.file(), target.file(), StandardCopyOption.ATOMIC_MOVE);
        out.printf("restored %s (%d articles, %d events) from %s%n", target.file(), articles, events, from);
        return Commands.OK;
    }

    /** Writes the store file of a backup zip (its one {@code .mv.db} entry) to {@code file}. */
    private static void extract(Path zip, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && entry.getName().endsWith(EmbeddedStoreFile.SUFFIX)) {
                    Files.copy((InputStream) in, file);
                    return;
                }
            }
        }
        throw new UsageException(zip + " holds no embedded store (no " + EmbeddedStoreFile.SUFFIX + " file)");
    }
}
