package com.shop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Registers and logs in the benchmark's customers through the gateway, a few at a time (bcrypt is slow on purpose). */
final class Customers {

    private static final String PASSWORD = "correct-Horse-9-battery";
    private static final int PARALLEL = 4;
    private static final long SETUP_TIMEOUT_SECONDS = 60;

    private Customers() {
    }

    record Customer(String id, String token) {
    }

    static List<Customer> signUp(Gateway gateway, String run, int count) throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int first = 0; first < count; first += PARALLEL) {
            List<CompletableFuture<Customer>> batch = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + PARALLEL); i++) {
                batch.add(signUp(gateway, "bench-" + run + "-" + i + "@example.com", "Bench Customer " + i));
            }
            for (CompletableFuture<Customer> customer : batch) {
                customers.add(customer.get(SETUP_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
        }
        return customers;
    }

    private static CompletableFuture<Customer> signUp(Gateway gateway, String email, String name) {
        String account = """
                {"email":"%s","password":"%s","name":"%s","channels":["EMAIL"]}""".formatted(email, PASSWORD, name);
        String login = """
                {"email":"%s","password":"%s"}""".formatted(email, PASSWORD);
        return gateway.post("/users", null, null, account)
                .thenCompose(registered -> {
                    String id = Gateway.id(registered.body());
                    if (registered.statusCode() != 201 || id == null) {
                        throw new IllegalStateException("registering " + email + ": " + registered.statusCode() + " " + registered.body());
                    }
                    return gateway.post("/auth/login", null, null, login).thenApply(loggedIn -> {
                        String token = Gateway.accessToken(loggedIn.body());
                        if (loggedIn.statusCode() != 200 || token == null) {
                            throw new IllegalStateException("logging in " + email + ": " + loggedIn.statusCode());
                        }
                        return new Customer(id, token);
                    });
                });
    }
}
