package com.shop.connectors.payment.sandbox;

import com.shop.connectors.payment.ProviderJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A card-payment provider in test mode, for local runs and tests: a small HTTP server whose card tokens
 * approve, decline, answer late or fail for a while, that remembers idempotency keys like a real provider,
 * and that can be switched into an outage. Run it with {@code java -jar payment-sandbox.jar [--port=8090]},
 * or start it in-process with {@link #start(SandboxSettings)}.
 */
public final class PaymentSandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PaymentSandbox.class.getName());
    /** One line per log record when run on its own (the JDK's default format takes two). */
    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;

    private PaymentSandbox(HttpServer server, ExecutorService workers, ScheduledExecutorService scheduler) {
        this.server = server;
        this.workers = workers;
        this.scheduler = scheduler;
    }

    public static PaymentSandbox start(SandboxSettings settings) throws IOException {
        ExecutorService workers = Executors.newCachedThreadPool(threads("payment-sandbox-http"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(threads("payment-sandbox-delay"));
        SandboxLedger ledger = new SandboxLedger(settings, Clock.systemUTC());
        SandboxHttp http = new SandboxHttp(ProviderJson.mapper(), scheduler);
        // The JDK server sends an answer's headers and body apart; with Nagle's algorithm on (its default) the body
        // waits for the client's delayed ACK, ~40 ms, which capped a caller sending one request at a time at ~20/s.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 0);
        server.setExecutor(workers);
        server.createContext("/v1/charges", guarded(new ProviderApi(ledger, http), http));
        server.createContext("/", guarded(new OperatorApi(ledger, http), http));
        server.start();
        PaymentSandbox sandbox = new PaymentSandbox(server, workers, scheduler);
        LOG.log(System.Logger.Level.INFO, "payment sandbox listening on port {0} (tok_timeout answers after {1} ms, "
                + "tok_transient fails {2} times)", String.valueOf(sandbox.port()), String.valueOf(settings.slowResponse().toMillis()),
                String.valueOf(settings.transientFailures()));
        return sandbox;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL a client uses, e.g. {@code http://localhost:8090}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    public static void main(String[] args) throws IOException {
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
        }
        SandboxSettings settings;
        try {
            settings = SandboxSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("payment sandbox: " + e.getMessage());
            System.exit(2);
            return;
        }
        PaymentSandbox sandbox = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "payment-sandbox-stop"));
    }

    /** Answers 500 instead of dropping the connection when a handler fails. */
    private static HttpHandler guarded(HttpHandler handler, SandboxHttp http) {
        return (HttpExchange exchange) -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "failed to answer " + exchange.getRequestURI(), e);
                http.respond(exchange, SandboxReply.error(500, "api_error", "internal", "The sandbox failed: " + e.getMessage()));
            }
        };
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
