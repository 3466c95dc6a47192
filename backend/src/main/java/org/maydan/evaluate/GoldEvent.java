package org.maydan.evaluate;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An event of the gold annotation; {@code place} names an entry of the article's gold places. */
public record GoldEvent(String subEventType, String place, @Nullable LocalDate date) {
}
