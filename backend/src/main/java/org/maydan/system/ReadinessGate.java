package org.maydan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request but the actuator's with 503 and {@code Retry-After} until the application
 * is ready, and again once it begins to shut down. Spring Boot reports ready
 * ({@link ReadinessState#ACCEPTING_TRAFFIC}) after the application runners, so after the store is
 * migrated (during start-up, before the web server listens) and the sample data are loaded (a
 * runner, after it listens): the first request never sees a store still being filled.
 */
final class ReadinessGate extends OncePerRequestFilter {

    static final String ACTUATOR = "/actuator";

    private final ObjectProvider<ApplicationAvailability> availability;
    private final ProblemWriter problems;
    private final Duration retryAfter;

    ReadinessGate(ObjectProvider<ApplicationAvailability> availability, ProblemWriter problems, Duration retryAfter) {
        this.availability = availability;
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestKind.path(request);
        return path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationAvailability state = availability.getIfAvailable();
        if (state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, RequestRefusedException.NOT_READY, "Not ready",
                "the server is starting (migrating the store, loading sample data) or stopping; try again shortly",
                retryAfter);
    }
}
