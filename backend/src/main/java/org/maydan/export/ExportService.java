package org.maydan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The seam the export endpoint calls: the event store supplies a lazy stream of the current
 * filter's events and this writes it in the asked format. The stream is closed here, so a
 * database cursor behind it is released even when the client disconnects mid-download.
 */
@Service
public class ExportService {

    /** Base of download file names, e.g. {@code maydan-events.csv}. */
    public static final String FILE_BASE_NAME = "maydan-events";

    public void export(ExportFormat format, Stream<ExportEvent> events, OutputStream out) throws IOException {
        try (events) {
            format.writer().write(events.iterator(), out);
        }
    }

    /** The {@code Content-Disposition} header value for a download in this format. */
    public String contentDisposition(ExportFormat format) {
        return "attachment; filename=\"" + format.fileName(FILE_BASE_NAME) + "\"";
    }
}
