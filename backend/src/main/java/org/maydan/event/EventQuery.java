package org.maydan.event;

import org.jspecify.annotations.Nullable;

/**
 * One page of events: those passing {@code filter} that come after {@code after} in
 * {@code (event_date, id)} order, at most {@code maxRows} of them.
 *
 * @param filter which events
 * @param after the cursor of the previous page, or {@code null} for the first page
 * @param maxRows the most rows to return
 */
public record EventQuery(EventFilter filter, @Nullable PageCursor after, int maxRows) {}
