package org.maydan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticleJsonl;

/**
 * The articles of an ingest input: a JSONL file (one {@code {"id","text","published","title"?,
 * "url"?,"source"?}} per line, read by {@link ArticleJsonl} as {@code extract} reads it) or a
 * folder of {@code .txt} and {@code .html}/{@code .htm} files, walked in name order. Each article is
 * read when its turn comes, so a large input is never held in memory; an unreadable one becomes a
 * failed item with its reason.
 */
final class ArticleFiles {

    /**
     * One article of the input, or why it could not be read.
     *
     * @param label where it is, e.g. {@code line 7} or a file name
     * @param article its fields, or {@code null} if unreadable
     * @param problem why it is unreadable, or {@code null}
     */
    record Item(String label, @Nullable RawArticle article, @Nullable String problem) {}

    /** Reads items one by one. */
    interface Reader extends AutoCloseable {

        /** The next item, or {@code null} at the end. */
        @Nullable Item next() throws IOException;

        @Override
        void close() throws IOException;
    }

    private ArticleFiles() {}

    /** Whether {@code path} is an input this class reads. */
    static boolean readable(Path path) {
        return Files.isDirectory(path) || Files.isRegularFile(path) && Files.isReadable(path);
    }

    /** How many items {@code path} holds: non-blank lines or article files. */
    static long count(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return files(path).size();
        }
        try (Stream<String> lines = Files.lines(path, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    static Reader open(Path path) throws IOException {
        return Files.isDirectory(path) ? folder(files(path)) : jsonl(ArticleJsonl.open(path));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(ArticleFiles::articleFile).sorted().toList();
        }
    }

    private static boolean articleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static Reader folder(List<Path> files) {
        List<Path> remaining = new ArrayList<>(files);
        return new Reader() {
            @Override
            public @Nullable Item next() {
                if (remaining.isEmpty()) {
                    return null;
                }
                Path file = remaining.remove(0);
                String label = file.getFileName().toString();
                try {
                    String content = Files.readString(file, StandardCharsets.UTF_8);
                    boolean txt = label.toLowerCase(Locale.ROOT).endsWith(".txt");
                    return new Item(label, txt ? new RawArticle(null, content, null, null, null)
                            : HtmlArticle.read(content, null), null);
                } catch (IOException | UncheckedIOException e) {
                    return new Item(label, null, "cannot read the file as UTF-8 text: " + e.getMessage());
                } catch (DateTimeException e) {
                    return new Item(label, null, "its publication date: " + e.getMessage());
                }
            }

            @Override
            public void close() {
                remaining.clear();
            }
        };
    }

    private static Reader jsonl(ArticleJsonl lines) {
        return new Reader() {
            @Override
            public @Nullable Item next() throws IOException {
                ArticleJsonl.Line line = lines.next();
                if (line == null) {
                    return null;
                }
                try {
                    ArticleJsonl.ArticleFields a = line.article();
                    RawArticle article = new RawArticle(a.title(), a.text(), a.published(), a.url(), a.source());
                    return new Item(line.label(), article, null);
                } catch (ArticleJsonl.InvalidLineException e) {
                    return new Item(line.label(), null, e.getMessage());
                }
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
