package com.shop.order.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inventory service's catalogue in order-service tests: a real HTTP server on a fixed free port answering
 * {@code GET /products/{sku}} and {@code GET /products/{sku}/availability} as inventory does. It can be stopped
 * and started again on the same port, as a catalogue that goes down and comes back.
 */
public final class TestCatalogue {

    private final Map<String, Product> products = new ConcurrentHashMap<>();
    private volatile int port;
    private HttpServer server;

    private TestCatalogue() {
    }

    /** A catalogue on a free port; after {@link #down()}, {@link #up()} serves on the same port again. */
    public static TestCatalogue start() {
        return new TestCatalogue().up();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public void add(String sku, String price, int available) {
        products.put(sku, new Product(sku, new BigDecimal(price), "EUR", true, available));
    }

    public void addInactive(String sku, String price) {
        products.put(sku, new Product(sku, new BigDecimal(price), "EUR", false, 0));
    }

    public synchronized TestCatalogue up() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test catalogue on port " + port, e);
        }
        port = server.getAddress().getPort();
        server.createContext("/products/", this::answer);
        server.start();
        return this;
    }

    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().substring("/products/".length()).split("/");
        Product product = products.get(path[0]);
        if (!"GET".equals(exchange.getRequestMethod()) || path.length > 2 || path.length == 2 && !path[1].equals("availability")) {
            send(exchange, 404, "{\"title\":\"Not found\"}");
        } else if (product == null) {
            send(exchange, 404, "{\"title\":\"Not found\",\"detail\":\"No product with sku " + path[0] + "\"}");
        } else if (path.length == 2) {
            send(exchange, 200, """
                    {"sku":"%s","active":%s,"available":%d,"stockOnHand":%d,"reserved":0}"""
                    .formatted(product.sku(), product.active(), product.available(), product.available()));
        } else {
            send(exchange, 200, """
                    {"sku":"%s","name":"Product %s","description":"for tests","category":"test","price":%s,"currency":"%s",
                     "stockOnHand":%d,"reserved":0,"available":%d,"lowStockThreshold":0,"active":%s}"""
                    .formatted(product.sku(), product.sku(), product.price().toPlainString(), product.currency(),
                            product.available(), product.available(), product.active()));
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Product(String sku, BigDecimal price, String currency, boolean active, int available) {
    }
}
