package org.maydan.bench;

import org.jspecify.annotations.Nullable;

/** Field encoding for PostgreSQL's COPY text format: tab-separated, backslash escapes, \N null. */
final class CopyText {

    static final char SEPARATOR = '\t';
    static final String NULL = "\\N";

    private CopyText() {
    }

    static String field(@Nullable String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A point as PostGIS extended WKT, which the geometry column's input function accepts. */
    static String ewktPoint(double lon, double lat) {
        return "SRID=4326;POINT(" + lon + " " + lat + ")";
    }
}
