package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.MaydanApplication;
import org.maydan.article.InMemoryArticleStore;
import org.maydan.article.NewArticle;
import org.maydan.event.EventPlace;
import org.maydan.event.EventStore;
import org.maydan.event.Evidence;
import org.maydan.event.FailingEventStore;
import org.maydan.event.InMemoryEventStore;
import org.maydan.event.NewEvent;
import org.maydan.event.Span;
import org.maydan.event.SubEventType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A store that fails part way through a streamed answer, over real HTTP: the server aborts the
 * connection, so a real client gets an error instead of a short answer that looks whole, and the
 * log names the request. A failure before the first byte is an ordinary problem JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class StreamFailureTest {

    /** Enough events that the answer is sent in several chunks before the store fails. */
    static final int EVENTS = 600;
    static final int ROWS_BEFORE_FAILURE = 400;

    @TempDir
    static Path directory;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ConfigurableApplicationContext app;
    private FailingEventStore store;

    /** Puts the failing store in place of the application's. */
    @Configuration(proxyBeanMethods = false)
    static class FailingStore {

        @Bean
        @Primary
        FailingEventStore failingEventStore() {
            InMemoryArticleStore articles = new InMemoryArticleStore();
            InMemoryEventStore events = new InMemoryEventStore(articles);
            long article = articles.save(new NewArticle(null, "عنوان", "desk A", LocalDate.parse("2019-05-01"),
                    "نص تجريبي")).id();
            String sentence = "قصفت الطائرات أطراف البلدة ووقعت أضرار في المنازل والمحال التجارية القريبة.";
            for (int i = 0; i < EVENTS; i++) {
                EventPlace place = new EventPlace("test:" + i, "Village " + i, "قرية " + i, "Idleb", null,
                        35.5 + i / 10_000.0, 36.5);
                events.record(new NewEvent(SubEventType.AIR_DRONE_STRIKE, place, LocalDate.parse("2019-05-01")
                        .plusDays(i % 30), NewEvent.EXACT, NewEvent.EXACT),
                        new Evidence(article, sentence, new Span(0, sentence.length()), new Span(0, 4), null, 1));
            }
            return new FailingEventStore(events, ROWS_BEFORE_FAILURE);
        }
    }

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(MaydanApplication.class, FailingStore.class).run(
                "--server.port=0",
                "--maydan.store=embedded",
                "--maydan.sample-data.enabled=false",
                "--maydan.embedded.url=jdbc:h2:file:" + directory.resolve("maydan").toAbsolutePath());
        store = app.getBean(FailingEventStore.class);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/events?limit=5000",
        "/api/events?limit=5000&props=compact",
        "/collections/events/items?limit=5000",
        "/api/events/export?format=csv",
        "/api/events/export?format=geojson",
    })
    void aStoreFailingMidStreamAbortsTheConnectionAndIsLoggedWithTheRequest(String path, CapturedOutput log) {
        store.failAfter(ROWS_BEFORE_FAILURE);

        assertThatThrownBy(() -> get(path))
                .as("the client sees a broken transfer, not a complete answer")
                .isInstanceOf(IOException.class);
        assertThat(log.getOut()).contains("failed after its answer had begun; aborting the connection")
                .contains(FailingEventStore.FAILURE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/events?limit=5000", "/api/events/columns", "/api/events/export?format=csv"})
    void aStoreFailingBeforeTheFirstByteIsAProblem(String path) throws Exception {
        store.failAfter(0);

        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as("the database went away: a passing outage").isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new ObjectMapper().readTree(response.body()).path("type").asText())
                .isEqualTo(RequestRefusedException.STORE_UNAVAILABLE.toString());
    }

    @Test
    void theColumnsAreReadWholeBeforeWritingSoAFailureIsAlwaysAProblem() throws Exception {
        store.failAfter(ROWS_BEFORE_FAILURE);

        assertThat(get("/api/events/columns").statusCode()).isEqualTo(503);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String port = app.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
