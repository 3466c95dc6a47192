package org.maydan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps how many costly requests run at once over all clients ({@link LimitProperties.Concurrent}):
 * exports, and the expensive reads (a timeline over a box, a static map). A request beyond the cap
 * waits up to {@code queue-wait} for a slot, then gets 503 problem JSON with {@code Retry-After}. The
 * slots keep store connections and processor time for the map's small requests: with 20 exports
 * asked for at once, two run and an event page is still answered at once.
 *
 * <p>A slot is held while the request is handled on its thread; the capped endpoints answer
 * synchronously.
 */
final class ConcurrencyCaps extends OncePerRequestFilter {

    private final Map<RequestKind, Semaphore> slots = new EnumMap<>(RequestKind.class);
    private final long waitNanos;
    private final Duration retryAfter;
    private final ProblemWriter problems;

    ConcurrencyCaps(LimitProperties.Concurrent caps, Duration retryAfter, ProblemWriter problems) {
        slots.put(RequestKind.EXPORT, new Semaphore(caps.exports()));
        Semaphore expensive = new Semaphore(caps.expensiveReads());
        slots.put(RequestKind.TIMELINE_IN_BOX, expensive);
        slots.put(RequestKind.STATIC_MAP, expensive);
        this.waitNanos = caps.queueWait().toNanos();
        this.retryAfter = retryAfter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Semaphore slot = slots.get(RequestKind.of(request));
        if (slot == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean acquired;
        try {
            acquired = slot.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, RequestRefusedException.BUSY, "Server busy",
                    "as many requests of this kind are running as the server runs at once (maydan.limits.concurrent);"
                    + " try again after Retry-After seconds", retryAfter);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slot.release();
        }
    }
}
