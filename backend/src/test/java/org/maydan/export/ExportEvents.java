package org.maydan.export;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntSupplier;

/** Fixture events for the export tests: plain ones, Arabic ones and hostile text. */
final class ExportEvents {

    static final String HOSTILE_NOTES = "=cmd|' /C calc'!A0, \"quoted\"\r\nsecond line";
    static final String ARABIC_NOTES = "قصف مدفعي على أطراف البلدة، ولا أنباء عن إصابات.";

    /** Enough events that any writer's buffer must have spilled before the last one. */
    static final int STREAMING_COUNT = 20_000;

    private ExportEvents() {
    }

    static ExportEvent event(long id) {
        return new ExportEvent(id, LocalDate.of(2019, 5, 6), 1, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", "Hama", "As-Suqaylabiyah", "Kafr Nabudah", "كفر نبودة",
                35.4389, 36.4906, 1, 2, ARABIC_NOTES, "Example Agency", 1, 0.85, false);
    }

    /**
     * Three events: Arabic text, hostile text in every free-text field with its date left open, and
     * absent optionals (no confidence).
     */
    static List<ExportEvent> mixed() {
        ExportEvent hostile = new ExportEvent(2, LocalDate.of(2018, 3, 1), 2, "Battles", "Armed clash",
                "+Idleb", "-Harim", "@Kabani, \"the hill\"", "كباني\nالتلة", 35.7601, 36.2950, 2, 0,
                HOSTILE_NOTES, "Agency \"A\"; Agency B", 2, 0.4, true);
        ExportEvent sparse = new ExportEvent(3, LocalDate.of(2020, 2, 29), 3, "Strategic developments",
                "Agreement", null, null, "Saraqeb", null, 35.8617, 36.8006, 3, 0, "اتفاق تهدئة مؤقت", "", 3);
        return List.of(event(1), hostile, sparse);
    }

    /**
     * Events made on demand that note how many bytes the writer had already emitted when it asked
     * for the last one: positive only for a writer that streams instead of collecting first.
     */
    static final class Lazy implements Iterator<ExportEvent> {
        private final int count;
        private final IntSupplier bytesWritten;
        private int next;
        private int bytesBeforeLast = -1;

        Lazy(int count, IntSupplier bytesWritten) {
            this.count = count;
            this.bytesWritten = bytesWritten;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public ExportEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            next++;
            if (next == count) {
                bytesBeforeLast = bytesWritten.getAsInt();
            }
            return event(next);
        }

        int bytesWrittenBeforeLast() {
            return bytesBeforeLast;
        }
    }
}
