package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.cli.Commands;

/** bench-extract end to end on short articles of our own: its figures, printed and as JSON. */
class BenchExtractCommandTest {

    private static final List<String> ARTICLES = List.of(
            "{\"id\":\"a1\",\"published\":\"2019-05-20\",\"text\":\"قصفت الطائرات الحربية بلدة كفرنبل بريف إدلب"
                    + " الجنوبي صباح اليوم، ما أدى إلى مقتل مدنيين.\"}",
            "{\"id\":\"a2\",\"published\":\"2019-05-21\",\"text\":\"دارت اشتباكات عنيفة بين قوات النظام وفصائل"
                    + " المعارضة على أطراف قلعة المضيق في ريف حماة الشمالي.\"}");

    @Test
    void printsArticlesPerCoreAfterItsWarmUpAndWritesThemAsJson(@TempDir Path dir) throws IOException {
        Path in = Files.write(dir.resolve("articles.jsonl"), ARTICLES, StandardCharsets.UTF_8);
        Path json = dir.resolve("bench.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = new Commands().run(new String[] {"bench-extract", "--in", in.toString(), "--size", "1024",
            "--warm-up", "1", "--seconds", "1", "--json", json.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("articles/s and", "per core (CPU time)",
                "after a 1 s warm-up; JIT compiling");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("benchmark").asText()).isEqualTo("bench-extract");
        JsonNode figures = report.path("figures");
        assertThat(figures.path("warm_up_s").asInt()).isEqualTo(1);
        JsonNode shipped = figures.path("shipped");
        assertThat(shipped.path("articles_per_cpu_s").asDouble()).isPositive();
        assertThat(shipped.path("ms_per_article").asDouble()).isPositive();
        assertThat(shipped.path("jit_ms_during").asLong()).isNotNegative();
    }
}
