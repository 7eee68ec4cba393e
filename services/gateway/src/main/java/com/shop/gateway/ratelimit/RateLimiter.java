package com.shop.gateway.ratelimit;

import com.shop.gateway.routing.ClientAddress;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Refuses a request with 429 and {@code Retry-After} when its client address, or its authenticated user,
 * has used up its bucket. Buckets live in this instance's memory; full ones are forgotten when too many
 * clients are tracked.
 */
@Component
public class RateLimiter implements Processor {

    private final RateLimitProperties properties;
    private final ClientAddress clientAddress;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    public RateLimiter(RateLimitProperties properties, ClientAddress clientAddress) {
        this(properties, clientAddress, System::nanoTime);
    }

    RateLimiter(RateLimitProperties properties, ClientAddress clientAddress, LongSupplier clock) {
        this.properties = properties;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        HttpServletRequest request = exchange.getIn().getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        check("client " + clientAddress.of(request), properties.perClientIp(), exchange);
        Callers.find(exchange).ifPresent(caller -> check("user " + caller.userId(), properties.perUser(), exchange));
    }

    private void check(String client, RateLimitProperties.Limit limit, Exchange exchange) {
        long now = clock.getAsLong();
        if (buckets.size() >= properties.maxTrackedClients()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Duration wait = buckets.computeIfAbsent(client, key -> new TokenBucket(limit.capacity(), limit.refillPerSecond(), now))
                .take(now);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            exchange.getIn().setHeader("Retry-After", Long.toString(seconds));
            throw new ProblemException(429, "Too many requests",
                    "The rate limit for this " + client.substring(0, client.indexOf(' ')) + " is used up; retry in " + seconds + " s");
        }
    }
}
