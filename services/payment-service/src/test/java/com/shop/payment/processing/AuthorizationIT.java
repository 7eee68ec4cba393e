package com.shop.payment.processing;

import com.shop.connectors.payment.Charge;
import com.shop.payment.PaymentIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuthorizationIT extends PaymentIntegrationTest {

    @Test
    void aVisaCardIsAuthorizedAndChargedOnce() throws Exception {
        String order = unique("order-");
        publish(order, authorization(order, "customer-1", "25.00", "tok_visa"));

        ConsumerRecord<String, String> authorized = awaitOne(order, AUTHORIZED);
        List<Charge> charges = charges(order);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).amount()).isEqualByComparingTo("25.00");
        assertThat(authorized.value()).contains("\"providerReference\":\"" + charges.get(0).id() + "\"", "\"amount\":25.00",
                "\"paymentId\":\"" + payment(order).get("id") + "\"");
        assertThat(header(authorized, "ce_source")).isEqualTo("payment-service");
        assertThat(jdbc.queryForList("SELECT kind || ' ' || result FROM payment_transactions t JOIN payments p ON p.id = t.payment_id"
                + " WHERE p.order_id = ?", String.class, order)).containsExactly("AUTHORIZATION APPROVED");
    }

    @Test
    void aDeclinedCardIsAnsweredWithTheReasonAndChargesNothing() throws Exception {
        String order = unique("order-");
        publish(order, authorization(order, "customer-1", "40.00", "tok_chargeDeclined"));

        ConsumerRecord<String, String> declined = awaitOne(order, DECLINED);
        assertThat(declined.value()).contains("card_declined: Your card was declined.");
        assertThat(charges(order)).isEmpty();
        assertThat(events(order, AUTHORIZED)).isEmpty();
        assertThat(payment(order)).containsEntry("status", "DECLINED");
    }

    @Test
    void aProviderTimeoutIsRetriedWithTheSameKeyAndChargesOnce() throws Exception {
        String order = unique("order-");
        publish(order, authorization(order, "customer-2", "8.00", "tok_timeout"));

        awaitOne(order, AUTHORIZED);
        assertThat(charges(order)).as("the retry found the charge the timed-out call made").hasSize(1);
        assertThat(payment(order)).containsEntry("status", "AUTHORIZED").containsEntry("attempts", 0);
    }

    @Test
    void aTransientFailureIsRetriedAtOnceUntilTheProviderDecides() throws Exception {
        String order = unique("order-");
        publish(order, authorization(order, "customer-2", "5.00", "tok_transient"));

        awaitOne(order, AUTHORIZED);
        assertThat(charges(order)).hasSize(1);
        assertThat(payment(order)).as("settled by the quick retries, never postponed").containsEntry("attempts", 0);
    }

    @Test
    void theSameCommandDeliveredTwiceIsAnsweredOnceAndAReSentOneIsNotAnnouncedAgain() throws Exception {
        String order = unique("order-");
        var command = authorization(order, "customer-3", "12.00", "tok_visa");
        String eventId = UUID.randomUUID().toString();
        publish(order, command, eventId);
        publish(order, command, eventId);
        String first = header(awaitOne(order, AUTHORIZED), "ce_id");

        awaitHandled(publish(order, command));
        assertThat(announced(order, AUTHORIZED)).as("the first answer is in the outbox: it is the answer").containsExactly(first);
        assertThat(charges(order)).hasSize(1);
    }

    @Test
    void anAuthorizationReSentBeforeTheFirstWasAnsweredGetsOneAnswerAndSoOneReceipt() throws Exception {
        String order = unique("order-");
        var command = authorization(order, "customer-3", "21.00", "tok_visa");
        publish(order, command);
        String resent = publish(order, command);

        awaitOne(order, AUTHORIZED);
        awaitHandled(resent);
        assertThat(announced(order, AUTHORIZED)).hasSize(1);
        assertThat(events(order, AUTHORIZED)).extracting(r -> header(r, "ce_id")).containsExactlyElementsOf(announced(order, AUTHORIZED));
        assertThat(charges(order)).hasSize(1);
    }

    @Test
    void anAuthorizationReSentAfterTheOutboxPurgeIsAnsweredAgainUnderTheFirstAnswersEventId() throws Exception {
        String order = unique("order-");
        var command = authorization(order, "customer-3", "13.00", "tok_visa");
        publish(order, command);
        ConsumerRecord<String, String> first = awaitOne(order, AUTHORIZED);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox WHERE message_key = ? AND sent_at IS NULL", Integer.class, order) == 0);
        jdbc.update("DELETE FROM outbox WHERE message_key = ?", order); // as the purge does once the retention is over

        publish(order, command);

        ConsumerRecord<String, String> again = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(order, AUTHORIZED), l -> l.size() == 2).get(1);
        assertThat(header(again, "ce_id")).as("a copy that idempotent consumers drop").isEqualTo(header(first, "ce_id"));
        assertThat(again.value()).isEqualTo(first.value());
        assertThat(charges(order)).hasSize(1);
    }

    @Test
    void aPoisonCommandIsDeadLetteredAndTheNextCommandIsProcessed() throws Exception {
        String order = unique("poison-");
        String poison = "{\"orderId\":\"" + order + "\",\"customerId\":\"c\",\"amount\":-3,\"currency\":\"EUR\",\"paymentMethod\":\"tok_visa\"}";
        KAFKA.send(COMMANDS, order, poison, Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "com.shop.payment.AuthorizePayment"));
        publish(order, authorization(order, "customer-4", "3.00", "tok_visa"));

        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records(COMMANDS + ".DLT", r -> order.equals(r.key())), l -> l.size() == 1).get(0);
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(letter, "dlt_service")).isEqualTo("payment-service");
        assertThat(header(letter, "dlt_original_topic")).isEqualTo(COMMANDS);
        assertThat(header(letter, "dlt_exception_message")).contains("amount");
        awaitOne(order, AUTHORIZED);
        assertThat(charges(order)).hasSize(1);
    }

    private static ConsumerRecord<String, String> awaitOne(String order, String ceType) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> events(order, ceType), l -> !l.isEmpty()).get(0);
    }
}
