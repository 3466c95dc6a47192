package org.maydan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes RFC 7807 problem JSON from a servlet filter, where {@link ApiProblems} cannot reach: the
 * same shape as every other error of the API.
 */
final class ProblemWriter {

    private final ObjectMapper mapper;

    ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Answers with the problem unless the response is already committed.
     *
     * @param retryAfter the {@code Retry-After} to send, or {@code null} for none
     */
    void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
            @Nullable Duration retryAfter) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds(retryAfter));
        }
        mapper.writeValue(response.getOutputStream(), problem);
    }

    /** A {@code Retry-After} value in whole seconds, at least 1. */
    static String retryAfterSeconds(Duration wait) {
        long millis = wait.toMillis();
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }
}
