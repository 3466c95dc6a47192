package org.maydan.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The one reader of articles as JSON Lines, {@code {"id","text","published","title"?,"url"?,
 * "source"?}} a line (ARCHITECTURE.md), for {@code extract}, {@code ingest}, {@code bench-extract}
 * and {@code evaluate}. It reads one line at a time, so an input of any size is never held in
 * memory, and never stops at a bad line: each non-blank line is a {@link Line} that holds its JSON
 * object or says why it has none, and {@link Line#article()} applies the rules of the fields.
 * Blank lines are skipped but counted, so line numbers are those of an editor.
 */
public final class ArticleJsonl implements Closeable {

    /** Member names of the format. */
    public static final String ID = "id";
    public static final String TEXT = "text";
    public static final String PUBLISHED = "published";
    public static final String TITLE = "title";
    public static final String URL = "url";
    public static final String SOURCE = "source";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE_ECHO = "(?s)\\s*\\(?at \\[Source.*$";

    private final BufferedReader lines;
    private int number;

    private ArticleJsonl(BufferedReader lines) {
        this.lines = lines;
    }

    /** Reads {@code file} as UTF-8. */
    public static ArticleJsonl open(Path file) throws IOException {
        return new ArticleJsonl(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /** Reads an open character stream, e.g. standard input; closing this closes it. */
    public static ArticleJsonl of(Reader reader) {
        return new ArticleJsonl(reader instanceof BufferedReader b ? b : new BufferedReader(reader));
    }

    /** The next non-blank line, or {@code null} at the end of the input. */
    public @Nullable Line next() throws IOException {
        String text;
        do {
            text = lines.readLine();
            number++;
        } while (text != null && text.isBlank());
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node instanceof ObjectNode object ? new Line(number, object, null)
                    : new Line(number, null, "not a JSON object");
        } catch (JsonProcessingException e) {
            return new Line(number, null, notJson(e));
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Jackson's reason without the echo of the source it appends on some errors. */
    private static String notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return "not JSON" + (at == null ? "" : " at column " + at.getColumnNr()) + ": "
                + e.getOriginalMessage().replaceFirst(SOURCE_ECHO, "");
    }

    /**
     * One non-blank line of the input.
     *
     * @param number its line number, from 1
     * @param json its JSON object, or {@code null} when it holds none
     * @param problem why it holds no JSON object, or {@code null}
     */
    public record Line(int number, @Nullable ObjectNode json, @Nullable String problem) {

        /** The line's {@code id} as text when it has a scalar one, else {@code null}. */
        public @Nullable String id() {
            JsonNode id = json == null ? null : json.get(ID);
            return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
        }

        /**
         * The line's {@code id}, for inputs where every article needs one.
         *
         * @throws InvalidLineException when the line has no JSON object or no scalar id
         */
        public String requiredId() throws InvalidLineException {
            object();
            String id = id();
            if (id == null) {
                throw new InvalidLineException(this, "missing \"" + ID + "\"");
            }
            return id;
        }

        /** Where the line is, for messages: {@code line 7}, or {@code line 7 (a12)} when it has an id. */
        public String label() {
            String id = id();
            return "line " + number + (id == null ? "" : " (" + id + ")");
        }

        /**
         * The line's JSON object.
         *
         * @throws InvalidLineException when the line is not one
         */
        public ObjectNode object() throws InvalidLineException {
            if (json == null) {
                throw new InvalidLineException(this, String.valueOf(problem));
            }
            return json;
        }

        /**
         * The article on this line: {@code text} must be a string; {@code published} follows
         * {@link PublishedDate}; {@code id}, {@code title}, {@code url} and {@code source} are
         * optional and read as text. Whether an id is needed, and what a usable text is, the caller
         * decides.
         *
         * @throws InvalidLineException saying what is wrong with the line
         */
        public ArticleFields article() throws InvalidLineException {
            ObjectNode node = object();
            JsonNode text = node.get(TEXT);
            if (text == null || !text.isTextual()) {
                throw new InvalidLineException(this, "missing or non-string \"" + TEXT + "\"");
            }
            JsonNode published = node.get(PUBLISHED);
            if (published != null && !published.isNull() && !published.isTextual()) {
                throw new InvalidLineException(this, "\"" + PUBLISHED + "\" must be a string");
            }
            LocalDate day;
            try {
                day = PublishedDate.parse(published == null || published.isNull() ? null : published.asText());
            } catch (DateTimeException e) {
                throw new InvalidLineException(this, "\"" + PUBLISHED + "\": " + e.getMessage());
            }
            return new ArticleFields(id(), text.asText(), day, optional(node, TITLE), optional(node, URL),
                    optional(node, SOURCE));
        }

        private static @Nullable String optional(ObjectNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    /**
     * The fields of one article line, read but not yet checked for a particular use.
     *
     * @param id its id, if it has one
     * @param text its body (possibly blank)
     * @param published its publication day, if known
     * @param title its headline
     * @param url its address
     * @param source its publisher
     */
    public record ArticleFields(@Nullable String id, String text, @Nullable LocalDate published,
            @Nullable String title, @Nullable String url, @Nullable String source) {}

    /** A line that cannot be read as asked; the message says why, without the line number. */
    public static final class InvalidLineException extends Exception {

        private final transient Line line;

        InvalidLineException(Line line, String message) {
            super(message);
            this.line = line;
        }

        /** The line at fault. */
        public Line line() {
            return line;
        }
    }
}
