package org.maydan.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Finds and resolves the toponyms of one text. Implemented over the gazetteer by others. */
public interface Geoparser {

    /**
     * Returns the resolved place mentions of {@code text} in text order; offsets are char offsets
     * into {@code text}. {@code published} may help resolution and may be null.
     */
    List<Toponym> parse(String text, @Nullable LocalDate published);
}
