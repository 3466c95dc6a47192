package org.maydan.event;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.system.RequestRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A store that times out or cannot be reached answers 503 problem JSON with {@code Retry-After},
 * never 500; an error that is no passing failure stays a 500 that leaks nothing.
 */
@WebMvcTest(controllers = {EventController.class, TimelineController.class})
@Import({FeatureCollectionWriter.class, StoreCaching.class, EventConfiguration.class, StoreFailureWebTest.Failing.class})
class StoreFailureWebTest {

    /** What every store call throws in the current test. */
    static final AtomicReference<RuntimeException> FAILURE = new AtomicReference<>();

    @Autowired
    private MockMvc mvc;

    @TestConfiguration
    static class Failing {
        @Bean
        EventStore failingStore() {
            return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                    (proxy, method, args) -> {
                        throw FAILURE.get();
                    });
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new QueryTimeoutException("statement cancelled"), 503, RequestRefusedException.TIMEOUT),
                Arguments.of(new UncategorizedSQLException("timeline", "SELECT",
                        new SQLException("canceling statement due to statement timeout", "57014")), 503,
                        RequestRefusedException.TIMEOUT),
                Arguments.of(new CannotGetJdbcConnectionException("pool timed out"), 503,
                        RequestRefusedException.STORE_UNAVAILABLE),
                Arguments.of(new CannotCreateTransactionException("no connection"), 503,
                        RequestRefusedException.STORE_UNAVAILABLE),
                Arguments.of(new UncategorizedSQLException("timeline", "SELECT",
                        new SQLException("terminating connection due to administrator command", "57P01")), 503,
                        RequestRefusedException.STORE_UNAVAILABLE),
                Arguments.of(new DataIntegrityViolationException("a bug of ours"), 500,
                        java.net.URI.create("urn:maydan:problem:internal")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aStoreFailureIsAnsweredByItsKind(RuntimeException failure, int status, java.net.URI type) throws Exception {
        FAILURE.set(failure);

        var answer = mvc.perform(get("/api/timeline").param("bbox", "35,35,37,37"))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(type.toString()));
        if (status == 503) {
            answer.andExpect(header().string("Retry-After", "5"));
        }
        mvc.perform(get("/api/events/1")).andExpect(status().is(status));
    }
}
