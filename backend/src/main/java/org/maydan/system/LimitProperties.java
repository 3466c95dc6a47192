package org.maydan.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What one client, and all clients together, may ask of the server ({@code maydan.limits.*}).
 *
 * @param maxBodySize the largest request body; a larger {@code Content-Length} is refused with 413
 *        before anything is read, and a body without one is counted while it is read
 * @param retryAfter the {@code Retry-After} sent with 503 answers (starting, store unavailable, timeout)
 * @param rate per-client rate limits (429 above them)
 * @param concurrent how many costly requests of a kind run at once (503 when all are taken)
 */
@Validated
@ConfigurationProperties("maydan.limits")
public record LimitProperties(
        @NotNull @DefaultValue("8MB") DataSize maxBodySize,
        @NotNull @DefaultValue("5s") Duration retryAfter,
        @Valid @DefaultValue Rate rate,
        @Valid @DefaultValue Concurrent concurrent) {

    /**
     * Requests per client (its address, as {@code server.forward-headers-strategy} resolves it) and
     * period, for each kind that costs the server or the store much.
     *
     * @param writes writes under {@code /api/**} (POST, PUT, PATCH, DELETE)
     * @param exports {@code /api/events/export}
     * @param tiles {@code /tiles/**}
     * @param staticMaps {@code /api/map.png}
     * @param maxClients clients tracked at once; the least recently seen is forgotten first
     */
    public record Rate(
            @NotNull @DefaultValue("60/1m") Budget writes,
            @NotNull @DefaultValue("30/1m") Budget exports,
            @NotNull @DefaultValue("3000/1m") Budget tiles,
            @NotNull @DefaultValue("60/1m") Budget staticMaps,
            @Min(1) @DefaultValue("10000") int maxClients) {}

    /**
     * So many requests per period, written {@code REQUESTS/PERIOD}: {@code 60/1m}, {@code 5/1s}.
     *
     * @param requests requests allowed in each period
     * @param period the period; the allowance is renewed at its end
     */
    public record Budget(int requests, Duration period) {

        public Budget {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs at least 1 request per positive period, got "
                        + requests + "/" + period);
            }
        }

        /** Reads {@code REQUESTS/PERIOD}, e.g. {@code 60/1m}; the configuration binder calls this. */
        public static Budget valueOf(String text) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("a rate limit is written REQUESTS/PERIOD, e.g. 60/1m; got '" + text + "'");
            }
            return new Budget(Integer.parseInt(text.substring(0, slash).strip()),
                    DurationStyle.detectAndParse(text.substring(slash + 1).strip()));
        }
    }

    /**
     * Requests of a costly kind running at once, over all clients; one more waits up to {@code queue-wait}
     * for a slot and is then refused with 503 and {@code Retry-After}. These keep store connections
     * and processor time free for the map's small requests.
     *
     * @param exports {@code /api/events/export}
     * @param expensiveReads {@code /api/timeline} with a {@code bbox}, and {@code /api/map.png}
     * @param queueWait how long a request waits for a slot
     */
    public record Concurrent(
            @Min(1) @DefaultValue("2") int exports,
            @Min(1) @DefaultValue("4") int expensiveReads,
            @NotNull @DefaultValue("2s") Duration queueWait) {}
}
