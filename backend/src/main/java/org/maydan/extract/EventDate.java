package org.maydan.extract;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened: the day ({@code null} when the text does not fix it), ACLED's time
 * precision (1 day, 2 week, 3 month) and whether the text wrote it ({@code explicit}) or it was
 * inferred from the article (its first written day, the publication day).
 */
record EventDate(@Nullable LocalDate date, int precision, boolean explicit) {
}
