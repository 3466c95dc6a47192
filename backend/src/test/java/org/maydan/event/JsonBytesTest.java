package org.maydan.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the feature writer's byte writer produces is JSON that reads back as what went in. */
class JsonBytesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"قصفت الطائرات \"السوق\" صباحاً", "back\\slash and /slash", "line\nbreak\ttab\rreturn",
        "bell\u0007 and nul\u0000 and unit\u001f", "emoji 🛰️ and ﷲ", "", "Desk One; Desk Two", "\u2028\u2029"})
    void aStringReadsBackAsWritten(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonBytes json = new JsonBytes(out);

        json.string(text.getBytes(StandardCharsets.UTF_8)).flush();

        assertThat(mapper.readValue(out.toByteArray(), String.class)).isEqualTo(text);
    }

    @Test
    void numbersBooleansAndNullsAreJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonBytes json = new JsonBytes(out);

        json.raw(JsonBytes.bytes("[")).number(-42L).raw(JsonBytes.bytes(",")).number(36.490839)
                .raw(JsonBytes.bytes(",")).number(1e-7).raw(JsonBytes.bytes(",")).numberOrNull(null)
                .raw(JsonBytes.bytes(",")).bool(true).raw(JsonBytes.bytes(",")).stringOrNull(null)
                .raw(JsonBytes.bytes(",")).plainString("2019-05-06").raw(JsonBytes.bytes("]")).flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[-42,36.490839,1.0E-7,null,true,null,\"2019-05-06\"]");
        assertThat(mapper.readTree(out.toByteArray()).get(2).asDouble()).isEqualTo(1e-7);
    }

    @Test
    void aLongTextGrowsTheBufferAndFlushesWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonBytes json = new JsonBytes(out);
        String text = "قصف \"".repeat(40_000);

        json.string(text.getBytes(StandardCharsets.UTF_8)).flushIfFull();
        json.flush();

        assertThat(mapper.readValue(out.toByteArray(), String.class)).isEqualTo(text);
    }
}
