package com.shop.connectors.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.shop.connectors.payment.sandbox.PaymentSandbox;
import com.shop.connectors.payment.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the sandbox over real HTTP: what each test card does, idempotent replays, refunds, outages. */
class PaymentProviderClientIT {

    /** Long enough for a sandbox answer on two cores busy with another module's tests; the late answer comes later still. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PaymentSandbox sandbox;
    private static PaymentProviderClient client;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = PaymentSandbox.start(new SandboxSettings(0, Duration.ofSeconds(5), 2));
        client = new PaymentProviderClient(new PaymentProviderSettings(sandbox.baseUri(), Duration.ofSeconds(1), CLIENT_TIMEOUT));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void endOutage() throws Exception {
        admin("/admin/outage/off");
    }

    @Test
    void aVisaCardIsChargedOnceHoweverOftenTheRequestIsRepeated() throws Exception {
        String key = key();
        Outcome<Charge> first = client.authorize(charge(key, "tok_visa", "12.50"));
        Outcome<Charge> again = client.authorize(charge(key, "tok_visa", "12.50"));

        assertThat(first).isInstanceOf(Outcome.Approved.class);
        Charge charge = ((Outcome.Approved<Charge>) first).value();
        assertThat(charge.amount()).isEqualByComparingTo("12.50");
        assertThat(charge.status()).isEqualTo(Charge.SUCCEEDED);
        assertThat(((Outcome.Approved<Charge>) again).value().id()).isEqualTo(charge.id());
        assertThat(chargesUnder(key)).hasSize(1);
    }

    @Test
    void aDeclinedCardIsDeclinedWithTheProvidersReasonAndChargesNothing() throws Exception {
        String key = key();
        Outcome<Charge> outcome = client.authorize(charge(key, "tok_chargeDeclined", "30.00"));

        assertThat(outcome).isEqualTo(new Outcome.Declined<Charge>("card_declined", "Your card was declined."));
        assertThat(client.lookup(key)).contains(outcome);
        assertThat(chargesUnder(key)).isEmpty();
    }

    @Test
    void aLateAnswerIsATimeoutAndTheRetryWithTheSameKeyGetsTheOneCharge() throws Exception {
        String key = key();
        assertThatThrownBy(() -> client.authorize(charge(key, "tok_timeout", "8.00")))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("no answer from the provider within 2000 ms");

        Outcome<Charge> retried = client.authorize(charge(key, "tok_timeout", "8.00"));
        assertThat(retried).isInstanceOf(Outcome.Approved.class);
        assertThat(chargesUnder(key)).hasSize(1);
    }

    @Test
    void aTransientFailureHealsAfterTheConfiguredAttempts() throws Exception {
        String key = key();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> client.authorize(charge(key, "tok_transient", "5.00")))
                    .isInstanceOf(ProviderUnavailableException.class)
                    .hasMessageContaining("HTTP 503");
        }
        assertThat(client.lookup(key)).as("nothing was decided while it failed").isEmpty();

        assertThat(client.authorize(charge(key, "tok_transient", "5.00"))).isInstanceOf(Outcome.Approved.class);
        assertThat(chargesUnder(key)).hasSize(1);
    }

    @Test
    void duringAnOutageEveryCallIsTransientAndAfterwardsTheProviderAnswersAgain() throws Exception {
        String key = key();
        admin("/admin/outage/on");
        assertThatThrownBy(() -> client.authorize(charge(key, "tok_visa", "1.00")))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("down for maintenance");
        assertThatThrownBy(() -> client.lookup(key)).isInstanceOf(ProviderUnavailableException.class);

        admin("/admin/outage/off");
        assertThat(client.authorize(charge(key, "tok_visa", "1.00"))).isInstanceOf(Outcome.Approved.class);
    }

    @Test
    void aRefundIsGivenOncePerKeyAndNeverBeyondTheCharge() throws Exception {
        String key = key();
        Charge charge = ((Outcome.Approved<Charge>) client.authorize(charge(key, "tok_visa", "20.00"))).value();

        Outcome<Refund> refund = client.refund(new RefundRequest(charge.id(), key + "-refund", new BigDecimal("20.00")));
        Outcome<Refund> repeated = client.refund(new RefundRequest(charge.id(), key + "-refund", new BigDecimal("20.00")));
        Outcome<Refund> another = client.refund(new RefundRequest(charge.id(), key + "-refund-2", new BigDecimal("1.00")));

        assertThat(refund).isInstanceOf(Outcome.Approved.class).isEqualTo(repeated);
        assertThat(another).isInstanceOf(Outcome.Declined.class);
        assertThat(((Outcome.Declined<Refund>) another).code()).isEqualTo("charge_already_refunded");
        Charge after = ((Outcome.Approved<Charge>) client.lookup(key).orElseThrow()).value();
        assertThat(after.status()).isEqualTo(Charge.REFUNDED);
        assertThat(after.refunds()).hasSize(1);
        assertThat(chargesUnder(key).get(0).amountRefunded()).isEqualByComparingTo("20.00");
    }

    @Test
    void aKeyReusedForADifferentRequestOrAnUnknownCardIsDeclined() {
        String key = key();
        client.authorize(charge(key, "tok_visa", "3.00"));

        Outcome<Charge> reused = client.authorize(charge(key, "tok_visa", "4.00"));
        Outcome<Charge> unknownCard = client.authorize(charge(key(), "tok_stolen", "3.00"));

        assertThat(((Outcome.Declined<Charge>) reused).code()).isEqualTo("idempotency_key_in_use");
        assertThat(((Outcome.Declined<Charge>) unknownCard).code()).isEqualTo("resource_missing");
    }

    @Test
    void aKeyNobodyUsedIsNotFoundAndAnUnreachableProviderIsTransient() throws IOException {
        assertThat(client.lookup(key())).isEqualTo(Optional.empty());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PaymentProviderClient nowhere = new PaymentProviderClient(new PaymentProviderSettings(
                URI.create("http://localhost:" + closedPort), Duration.ofMillis(500), CLIENT_TIMEOUT));
        assertThatThrownBy(() -> nowhere.authorize(charge(key(), "tok_visa", "1.00")))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("cannot be reached");
    }

    private static ChargeRequest charge(String key, String token, String amount) {
        return new ChargeRequest(key, new BigDecimal(amount), "EUR", token, "test order " + key);
    }

    private static String key() {
        return "order-" + UUID.randomUUID();
    }

    private static List<Charge> chargesUnder(String key) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/charges")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<Charge> charges = ProviderJson.mapper().readValue(response.body(), new TypeReference<>() {
        });
        return charges.stream().filter(c -> key.equals(c.idempotencyKey())).toList();
    }

    private static void admin(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(sandbox.baseUri().resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
