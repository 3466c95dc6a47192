package org.maydan.event;

import java.time.LocalDate;

/**
 * Where and when the stored events lie. The box may be larger than the events (it grows with
 * every new event and does not shrink when events are deleted) but never smaller, so a box that
 * contains it contains every event.
 *
 * @param box covers every stored event
 * @param first the earliest event date
 * @param last the latest event date
 */
public record EventExtent(BBox box, LocalDate first, LocalDate last) {}
