package com.shop.order.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.UserRegistered;
import com.shop.order.OrderIntegrationTest;
import com.shop.order.customers.CustomerStore;
import com.shop.order.customers.PartitionOffsets;
import com.shop.order.customers.ProjectionOffsets;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InboundOrderIT extends OrderIntegrationTest {

    private static final String INBOUND = "orders.inbound";
    private static final String ADDRESS = """
            {"recipient":"Grace Hopper","line1":"1 Harbour St","city":"Arlington","postalCode":"22201","country":"US"}""";

    @Autowired
    private CustomerStore customers;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ProjectionOffsets projection;

    @Test
    void aPartnerOrderEntersTheSagaOnceHoweverOftenItIsDelivered() {
        String sku = product("PARTNER-", "14.00");
        String reference = unique("PO-");
        String customer = registered(unique("partner-customer-"));
        String record = """
                {"externalReference":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":2}],"shippingAddress":%s,"paymentMethod":"tok_visa"}"""
                .formatted(reference, customer, sku, ADDRESS);
        NotifyBuilder deliveredTwice = new NotifyBuilder(camel).fromRoute("order-inbound")
                .filter(header(KafkaConstants.KEY).isEqualTo(reference)).whenDone(2).create();
        KAFKA.send(INBOUND, reference, record, Map.of());
        KAFKA.send(INBOUND, reference, record, Map.of());

        assertThat(deliveredTwice.matches(20, TimeUnit.SECONDS)).isTrue();
        String orderId = awaitOrderOf(reference);
        String token = TOKENS.customer(customer);
        JsonNode confirmed = awaitStatus(token, orderId, "CONFIRMED");
        assertThat(confirmed.get("total").decimalValue()).isEqualByComparingTo("28.00");
        assertThat(json(awaitRecords(ORDERS_EVENTS, orderId, "com.shop.order.OrderConfirmed", 1).get(0).value())
                .get("customerId").asText()).isEqualTo(customer);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE external_reference = ?", Integer.class, reference)).isEqualTo(1);
    }

    @Test
    void aPartnerNamingTheCustomerByEmailOrdersForThatAddress() {
        String reference = unique("PO-");
        KAFKA.send(INBOUND, reference, """
                {"externalReference":"%s","customerEmail":"Ada@Example.org","lines":[{"sku":"%s","quantity":1}],"shippingAddress":%s,"paymentMethod":"tok_visa"}"""
                .formatted(reference, product("BYMAIL-", "3.00"), ADDRESS), Map.of());

        String orderId = awaitOrderOf(reference);
        assertThat(awaitStatus(TOKENS.admin("operator"), orderId, "CONFIRMED").get("customerId").asText()).isEqualTo("ada@example.org");
    }

    @Test
    void aPartnerOrderForACustomerIdWithoutAnAccountIsDeadLetteredAtOnceAndPlacedWhenReplayedOnceTheAccountExists() {
        String reference = unique("PO-NOBODY-");
        String nobody = unique("no-account-");
        awaitProjectionCaughtUp();
        KAFKA.send(INBOUND, reference, partnerOrder(reference, nobody, product("NOBODY-", "5.00")), Map.of());

        ConsumerRecord<String, String> letter = awaitDeadLetter(reference);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(letter, "dlt_attempts")).as("dead-lettered at its first attempt: the projection was not behind").isEqualTo("1");
        assertThat(header(letter, "dlt_exception_message")).contains("names customer " + nobody + ", who has no account");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE external_reference = ?", Integer.class, reference)).isZero();

        registered(nobody);
        String admin = TOKENS.admin("operator");
        assertThat(send("POST", "/admin/dead-letters/" + INBOUND + "/" + letter.partition() + "/" + letter.offset() + "/replay",
                admin, null, Map.of()).statusCode()).isEqualTo(200);
        awaitStatus(admin, awaitOrderOf(reference), "CONFIRMED");
    }

    @Test
    void aPartnerOrderForAnAccountTheProjectionHasNotReadYetWaitsForItAndIsPlaced() throws Exception {
        String customer = unique("late-account-");
        String reference = unique("PO-LATE-");
        heldWhileTheProjectionIsStopped(customer, reference, partnerOrder(reference, customer, product("LATE-", "4.00")));

        awaitStatus(TOKENS.customer(customer), awaitOrderOf(reference), "CONFIRMED");
        assertThat(KAFKA.records(INBOUND + ".DLT", r -> reference.equals(r.key()))).isEmpty();
    }

    @Test
    void aCustomerIdMetWhileTheProjectionIsBehindIsDeadLetteredOnceItHasCaughtUpWithoutThatAccount() throws Exception {
        String someoneElse = unique("other-account-");
        String nobody = unique("no-account-");
        String reference = unique("PO-NOBODY-");
        heldWhileTheProjectionIsStopped(someoneElse, reference, partnerOrder(reference, nobody, product("BEHIND-", "6.00")));

        ConsumerRecord<String, String> letter = awaitDeadLetter(reference);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(Integer.parseInt(header(letter, "dlt_attempts"))).as("held while the projection was behind").isGreaterThan(1);
        assertThat(header(letter, "dlt_exception_message")).contains("names customer " + nobody + ", who has no account");
        assertThat(customers.hasAccount(someoneElse)).isTrue();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextOrderIsPlaced() {
        String poison = unique("PO-BAD-");
        String unknownProduct = unique("PO-UNKNOWN-");
        KAFKA.send(INBOUND, poison, "{\"externalReference\":\"" + poison + "\",\"lines\":[]}", Map.of());
        KAFKA.send(INBOUND, unknownProduct, partnerOrder(unknownProduct, registered("c-1"), unique("NOSUCH-")), Map.of());
        String good = unique("PO-GOOD-");
        KAFKA.send(INBOUND, good, partnerOrder(good, registered("c-2"), product("AFTER-", "2.00")), Map.of());

        ConsumerRecord<String, String> schemaViolation = awaitDeadLetter(poison);
        assertThat(header(schemaViolation, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(schemaViolation, "dlt_service")).isEqualTo("order-service");
        assertThat(header(schemaViolation, "dlt_original_topic")).isEqualTo(INBOUND);
        assertThat(header(schemaViolation, "dlt_exception_message")).contains("lines");
        assertThat(schemaViolation.value()).isEqualTo("{\"externalReference\":\"" + poison + "\",\"lines\":[]}");
        assertThat(header(awaitDeadLetter(unknownProduct), "dlt_exception_message")).contains("no product with sku NOSUCH-");

        awaitStatus(TOKENS.customer("c-2"), awaitOrderOf(good), "CONFIRMED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE external_reference IN (?, ?)", Integer.class,
                poison, unknownProduct)).isZero();
    }

    /** The customer, with an account announced on users.events and known to the service. */
    private String registered(String customer) {
        publish(customer, registration(customer), unique("user-event-"));
        await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> customers.hasAccount(customer));
        return customer;
    }

    private static String partnerOrder(String reference, String customer, String sku) {
        return """
                {"externalReference":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1}],"shippingAddress":%s,"paymentMethod":"tok_visa"}"""
                .formatted(reference, customer, sku, ADDRESS);
    }

    /** Partner orders that found the customer projection behind. */
    private double heldOrders() {
        return meters.get("orders.partner.customer.waits").counter().count();
    }

    private static UserRegistered registration(String customer) {
        return new UserRegistered(customer, customer + "@example.org", "Partner Customer", null, null,
                Set.of(NotificationChannel.EMAIL), Set.of("CUSTOMER"), Instant.now());
    }

    private String awaitOrderOf(String reference) {
        return await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForList("SELECT id FROM orders WHERE external_reference = ?", String.class, reference),
                        ids -> !ids.isEmpty()).get(0);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String key) {
        List<ConsumerRecord<String, String>> letters = await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(300))
                .until(() -> KAFKA.records(INBOUND + ".DLT", r -> key.equals(r.key())), l -> !l.isEmpty());
        return letters.get(0);
    }

    /** Until the customer projection has committed everything on users.events (earlier tests' registrations included). */
    private void awaitProjectionCaughtUp() {
        await().atMost(SAGA_TIMEOUT).until(() -> {
            PartitionOffsets ends = projection.ends();
            return ends.notReachedBy(projection.applied(ends.partitions())).isEmpty();
        });
    }

    /**
     * With the customer projection stopped, {@code registered} signs up and then a partner sends {@code order}; returns
     * once the order is held for the projection, which is then started again.
     */
    private void heldWhileTheProjectionIsStopped(String registered, String reference, String order) throws Exception {
        double heldBefore = heldOrders();
        camel.getRouteController().stopRoute("order-customers");
        try {
            publish(registered, registration(registered), unique("user-event-"));
            KAFKA.send(INBOUND, reference, order, Map.of());
            await().atMost(SAGA_TIMEOUT).until(() -> heldOrders() > heldBefore);
            assertThat(customers.hasAccount(registered)).as("the projection is stopped").isFalse();
        } finally {
            camel.getRouteController().startRoute("order-customers");
        }
    }
}
