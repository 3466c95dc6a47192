package org.maydan.event;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON of a known shape straight into a byte buffer for {@link FeatureCollectionWriter}: the
 * fixed parts (member names, punctuation) are byte arrays made once, strings arrive as UTF-8 and
 * are copied with the escapes JSON requires ({@code "}, {@code \} and control characters; other
 * characters, Arabic included, go as UTF-8, as Jackson writes them), numbers are written with
 * Jackson's number formatting. The caller is responsible for the structure; a generator's
 * bookkeeping per token is what this saves, about half the CPU of a 5,000-feature page.
 */
final class JsonBytes {

    private static final int FLUSH_AT = 1 << 16;
    private static final int LARGEST_NUMBER = 32;
    private static final byte QUOTE = '"';
    private static final byte BACKSLASH = '\\';
    private static final byte FIRST_PRINTABLE = 0x20;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Which ASCII bytes a JSON string escapes. */
    private static final boolean[] ESCAPED = new boolean[128];

    static {
        for (int c = 0; c < FIRST_PRINTABLE; c++) {
            ESCAPED[c] = true;
        }
        ESCAPED[QUOTE] = true;
        ESCAPED[BACKSLASH] = true;
    }

    private static final byte[] NULL = bytes("null");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");

    private final OutputStream out;
    private byte[] buffer = new byte[FLUSH_AT + LARGEST_NUMBER];
    private int length;

    JsonBytes(OutputStream out) {
        this.out = out;
    }

    /** The UTF-8 bytes of a fixed piece of JSON, for {@link #raw}. */
    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Appends JSON written by the caller as it is. */
    JsonBytes raw(byte[] json) {
        ensure(json.length);
        System.arraycopy(json, 0, buffer, length, json.length);
        length += json.length;
        return this;
    }

    /** Appends a string value: quoted, escaped. */
    JsonBytes string(byte[] utf8) {
        return string(utf8, 0, utf8.length);
    }

    /**
     * Appends a string value from part of a UTF-8 array: runs of bytes that need no escape (all
     * but {@code "}, {@code \} and control characters; bytes of multi-byte characters are
     * negative) are copied whole.
     */
    JsonBytes string(byte[] utf8, int from, int to) {
        ensure(to - from + 2);
        buffer[length++] = QUOTE;
        int run = from;
        for (int i = from; i < to; i++) {
            byte b = utf8[i];
            if (b >= 0 && ESCAPED[b]) {
                copy(utf8, run, i);
                escape(b, to - i);
                run = i + 1;
            }
        }
        copy(utf8, run, to);
        buffer[length++] = QUOTE;
        return this;
    }

    private void copy(byte[] utf8, int from, int to) {
        System.arraycopy(utf8, from, buffer, length, to - from);
        length += to - from;
    }

    /** Appends a string value that has no characters JSON escapes (labels, ISO dates). */
    JsonBytes plainString(String text) {
        ensure(text.length() * 3 + 2);
        buffer[length++] = QUOTE;
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, buffer, length, utf8.length);
        length += utf8.length;
        buffer[length++] = QUOTE;
        return this;
    }

    /** Appends a string value, or {@code null}. */
    JsonBytes stringOrNull(byte @Nullable [] utf8) {
        return utf8 == null ? raw(NULL) : string(utf8);
    }

    JsonBytes number(long value) {
        ensure(LARGEST_NUMBER);
        length = NumberOutput.outputLong(value, buffer, length);
        return this;
    }

    /** A double as Jackson's fast writer spells it: the shortest decimal that reads back the same. */
    JsonBytes number(double value) {
        byte[] digits = NumberOutput.toString(value, true).getBytes(StandardCharsets.US_ASCII);
        return raw(digits);
    }

    JsonBytes numberOrNull(@Nullable Integer value) {
        return value == null ? raw(NULL) : number(value);
    }

    JsonBytes realOrNull(@Nullable Double value) {
        return value == null ? raw(NULL) : number(value.doubleValue());
    }

    JsonBytes bool(boolean value) {
        return raw(value ? TRUE : FALSE);
    }

    /** Hands what is buffered to the stream once it holds enough for one large write. */
    void flushIfFull() throws IOException {
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    private void escape(byte b, int stillToCome) {
        ensure(stillToCome + 6);
        buffer[length++] = BACKSLASH;
        switch (b) {
            case QUOTE, BACKSLASH -> buffer[length++] = b;
            case '\n' -> buffer[length++] = 'n';
            case '\r' -> buffer[length++] = 'r';
            case '\t' -> buffer[length++] = 't';
            case '\b' -> buffer[length++] = 'b';
            case '\f' -> buffer[length++] = 'f';
            default -> {
                buffer[length++] = 'u';
                buffer[length++] = '0';
                buffer[length++] = '0';
                buffer[length++] = HEX[b >> 4];
                buffer[length++] = HEX[b & 0xF];
            }
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
