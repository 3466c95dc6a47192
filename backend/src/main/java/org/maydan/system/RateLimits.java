package org.maydan.system;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits ({@link LimitProperties.Rate}) on writes, exports, tiles and static maps:
 * over its budget a client gets 429 problem JSON with {@code Retry-After}, the time until its
 * budget is renewed. A client is its address as the servlet container sees it, so behind a proxy
 * {@code server.forward-headers-strategy} must be set for clients to be told apart. Budgets are
 * kept for the {@link LimitProperties.Rate#maxClients()} most recently seen clients, so memory
 * stays bounded whatever the number of addresses.
 */
final class RateLimits extends OncePerRequestFilter {

    private final Map<RequestKind, RateLimiterConfig> budgets = new EnumMap<>(RequestKind.class);
    private final Map<String, AtomicRateLimiter> limiters;
    private final ProblemWriter problems;

    RateLimits(LimitProperties.Rate rate, ProblemWriter problems) {
        budgets.put(RequestKind.WRITE, config(rate.writes()));
        budgets.put(RequestKind.EXPORT, config(rate.exports()));
        budgets.put(RequestKind.TILE, config(rate.tiles()));
        budgets.put(RequestKind.STATIC_MAP, config(rate.staticMaps()));
        int maxClients = rate.maxClients() * budgets.size();
        this.limiters = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AtomicRateLimiter> eldest) {
                return size() > maxClients;
            }
        };
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestKind kind = RequestKind.of(request);
        RateLimiterConfig budget = budgets.get(kind);
        if (budget == null) {
            chain.doFilter(request, response);
            return;
        }
        AtomicRateLimiter limiter = limiter(kind, request.getRemoteAddr(), budget);
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = Duration.ofNanos(Math.max(0, limiter.getDetailedMetrics().getNanosToWait()));
        String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, RequestRefusedException.RATE_LIMITED,
                "Too many requests", "this client has sent more " + what + " requests than "
                + budget.getLimitForPeriod() + " per " + budget.getLimitRefreshPeriod()
                + " (maydan.limits.rate); try again after Retry-After seconds", wait);
    }

    private AtomicRateLimiter limiter(RequestKind kind, String client, RateLimiterConfig budget) {
        String key = kind.name() + ' ' + client;
        synchronized (limiters) {
            return limiters.computeIfAbsent(key, k -> (AtomicRateLimiter) RateLimiter.of(k, budget));
        }
    }

    private static RateLimiterConfig config(LimitProperties.Budget budget) {
        return RateLimiterConfig.custom()
                .limitForPeriod(budget.requests())
                .limitRefreshPeriod(budget.period())
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
