package com.shop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Creates the benchmark's own products through the inventory REST API, so no real product's stock is touched. */
final class Catalogue {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    Catalogue(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    List<String> createBenchProducts(String run, int count, int stock) throws IOException, InterruptedException {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = "BENCH-" + run + "-" + i;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/products"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"sku":"%s","name":"Benchmark item %d","category":"benchmark","price":1.00,"currency":"EUR",
                             "stockOnHand":%d,"lowStockThreshold":0}""".formatted(sku, i, stock)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("could not create " + sku + ": " + response.statusCode() + " " + response.body());
            }
            skus.add(sku);
        }
        return skus;
    }
}
