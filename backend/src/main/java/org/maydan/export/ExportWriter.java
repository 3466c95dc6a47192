package org.maydan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes events to a stream in one format. Contract: consumes the iterator once, holds at most a
 * bounded buffer in memory, flushes but does not close {@code out} (the caller owns it).
 */
public interface ExportWriter {

    void write(Iterator<ExportEvent> events, OutputStream out) throws IOException;
}
