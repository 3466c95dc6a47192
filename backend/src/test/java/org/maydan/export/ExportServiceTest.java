package org.maydan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExportServiceTest {

    private final ExportService service = new ExportService();

    @Test
    void writesTheStreamInTheAskedFormatAndClosesIt() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<ExportEvent> events = ExportEvents.mixed().stream().onClose(() -> closed.set(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        service.export(ExportFormat.GEOJSON, events, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\"");
        assertThat(closed).isTrue();
    }

    @Test
    void downloadsAsAnAttachmentNamedByFormat() {
        assertThat(service.contentDisposition(ExportFormat.GPKG))
                .isEqualTo("attachment; filename=\"maydan-events.gpkg\"");
    }
}
