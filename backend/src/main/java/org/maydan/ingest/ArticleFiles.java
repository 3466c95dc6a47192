package org.maydan.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The articles of an ingest input: a JSONL file (one {@code {"id","text","published","title"?,
 * "url"?,"source"?}} per line, as {@code extract} reads) or a folder of {@code .txt} and
 * {@code .html}/{@code .htm} files, walked in name order. Each article is read when its turn comes,
 * so a large input is never held in memory; an unreadable one becomes a failed item with its reason.
 */
final class ArticleFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        return Files.isDirectory(path) ? folder(files(path)) : jsonl(Files.newBufferedReader(path, StandardCharsets.UTF_8));
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
                }
            }

            @Override
            public void close() {
                remaining.clear();
            }
        };
    }

    private static Reader jsonl(BufferedReader lines) {
        return new Reader() {
            private int number;

            @Override
            public @Nullable Item next() throws IOException {
                String line;
                do {
                    line = lines.readLine();
                    number++;
                } while (line != null && line.isBlank());
                if (line == null) {
                    return null;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    String label = "line " + number + (node.hasNonNull("id") ? " (" + node.get("id").asText() + ")" : "");
                    if (!node.isObject()) {
                        return new Item(label, null, "not a JSON object");
                    }
                    return new Item(label, new RawArticle(text(node, ArticleInput.TITLE), text(node, ArticleInput.TEXT),
                            text(node, ArticleInput.PUBLISHED), text(node, ArticleInput.URL),
                            text(node, ArticleInput.SOURCE)), null);
                } catch (JsonProcessingException e) {
                    return new Item("line " + number, null, "not JSON: " + e.getOriginalMessage());
                }
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
