package com.shop.connectors.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The card-payment provider's API: authorize an amount, refund a charge, and look a charge up by the
 * idempotency key it was requested with. Each call either returns the provider's {@link Outcome} or throws
 * {@link ProviderUnavailableException} when no decision could be had (timeout, connection failure, 5xx);
 * repeating a call with the same idempotency key is always safe. Thread-safe.
 */
public final class PaymentProviderClient {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private final PaymentProviderSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = ProviderJson.mapper();

    public PaymentProviderClient(PaymentProviderSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** Authorizes (and takes) the amount; the same idempotency key always gets the first answer again. */
    public Outcome<Charge> authorize(ChargeRequest request) {
        String body = write(new ChargeBody(request.amount(), request.currency(), request.source(), request.description()));
        HttpRequest call = post("/v1/charges", request.idempotencyKey(), body);
        return interpret("authorize", send("authorize", call), Charge.class);
    }

    /** Gives back {@code amount} of a charge; the same idempotency key refunds once. */
    public Outcome<Refund> refund(RefundRequest request) {
        String body = write(new RefundBody(request.amount()));
        HttpRequest call = post("/v1/charges/" + encode(request.chargeId()) + "/refunds", request.idempotencyKey(), body);
        return interpret("refund", send("refund", call), Refund.class);
    }

    /**
     * The outcome of the charge requested with {@code idempotencyKey}: approved with the charge as it is now,
     * declined as it was then, or empty when the provider never decided anything under that key.
     */
    public Optional<Outcome<Charge>> lookup(String idempotencyKey) {
        requireKey(idempotencyKey);
        HttpRequest call = request("/v1/charges?idempotency_key=" + encode(idempotencyKey)).GET().build();
        HttpResponse<String> response = send("lookup", call);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(interpret("lookup", response, Charge.class));
    }

    private HttpRequest post(String path, String idempotencyKey, String body) {
        requireKey(idempotencyKey);
        return request(path)
                .header(IDEMPOTENCY_KEY_HEADER, idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        String base = settings.baseUri().toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(String operation, HttpRequest call) {
        try {
            return http.send(call, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProviderUnavailableException(operation + ": no answer from the provider within "
                    + settings.requestTimeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new ProviderUnavailableException(operation + ": the provider cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(operation + ": interrupted while waiting for the provider", e);
        }
    }

    private <T> Outcome<T> interpret(String operation, HttpResponse<String> response, Class<T> type) {
        int status = response.statusCode();
        return switch (ResponseClassifier.classify(status)) {
            case APPROVED -> new Outcome.Approved<>(read(operation, response.body(), type));
            case DECLINED -> {
                ProviderError error = error(response.body());
                yield new Outcome.Declined<>(error.code() == null ? "http_" + status : error.code(),
                        error.message() == null ? "the provider refused the request (HTTP " + status + ")" : error.message());
            }
            case TRANSIENT -> throw new ProviderUnavailableException(operation + ": the provider answered HTTP " + status
                    + Optional.ofNullable(error(response.body()).message()).map(m -> ": " + m).orElse(""));
        };
    }

    private <T> T read(String operation, String body, Class<T> type) {
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new ProviderUnavailableException(operation + ": the provider approved with an empty answer");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ProviderUnavailableException(operation + ": the provider's answer cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private ProviderError error(String body) {
        try {
            ProviderError.Envelope envelope = body == null || body.isBlank() ? null : json.readValue(body, ProviderError.Envelope.class);
            return envelope == null || envelope.error() == null ? new ProviderError(null, null, null) : envelope.error();
        } catch (JsonProcessingException e) {
            return new ProviderError(null, null, null);
        }
    }

    private String write(Record body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request as JSON", e);
        }
    }

    private static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("every provider request needs an idempotency key");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record ChargeBody(BigDecimal amount, String currency, String source, String description) {
    }

    private record RefundBody(BigDecimal amount) {
    }
}
