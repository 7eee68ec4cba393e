package com.shop.notification.api;

import com.shop.connectors.notification.sandbox.ReceivedMail;
import com.shop.kafka.events.Address;
import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.UserRegistered;
import com.shop.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationRestIT extends NotificationIntegrationTest {

    @Test
    void aCustomerSeesOnlyTheirOwnNotificationsAndAnAdminEveryones() throws Exception {
        String ida = unique("ida-");
        String jon = unique("jon-");
        UserRegistered idaUser = registered(ida, NotificationChannel.EMAIL);
        UserRegistered jonUser = registered(jon, NotificationChannel.EMAIL);
        await().atMost(PATIENCE).until(() -> !mailTo(idaUser.email()).isEmpty() && !mailTo(jonUser.email()).isEmpty());

        HttpResponse<String> idas = get("/notifications", TOKENS.customer(ida));
        assertThat(idas.statusCode()).isEqualTo(200);
        assertThat(idas.body()).contains("\"total\":1", "\"recipient\":\"" + idaUser.email() + "\"", "\"status\":\"SENT\"",
                "\"channel\":\"EMAIL\"").doesNotContain(jon);
        HttpResponse<String> adminsView = get("/notifications?userId=" + jon, TOKENS.admin("admin-1"));
        assertThat(adminsView.body()).contains("\"total\":1", jonUser.email()).doesNotContain(ida);
        assertThat(get("/notifications", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aPaymentIsReceiptedToTheOrdersCustomer() {
        String kim = unique("kim-");
        UserRegistered user = registered(kim, NotificationChannel.EMAIL);
        String order = unique("order-");
        publish(order, new OrderPlaced(order, kim, confirmed(order, kim).lines(), new BigDecimal("59.90"), "EUR",
                new Address("Kim", "1 Main St", null, "Berlin", "10115", "DE"), Instant.now()));
        publish(order, new PaymentAuthorized(order, "pay-1", new BigDecimal("59.9"), "EUR", "ch_123"));

        ReceivedMail receipt = await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream()
                .filter(m -> m.subject().equals("Receipt for your order " + order)).toList(), l -> !l.isEmpty()).get(0);
        assertThat(receipt.body()).contains("Amount: 59.90 EUR", "Payment reference: ch_123");
    }

    @Test
    void lowStockIsMailedToTheConfiguredAdmins() {
        String sku = unique("SKU-");
        String eventId = publish(sku, new LowStock(sku, "Blue mug", 2, 5));

        List<ReceivedMail> alerts = await().atMost(PATIENCE).until(() -> mailTo("ops@shop.example").stream()
                .filter(m -> m.subject().contains(sku)).toList(), l -> !l.isEmpty());
        assertThat(alerts.get(0).subject()).isEqualTo("Low stock: Blue mug (" + sku + ")");
        assertThat(alerts.get(0).to()).containsExactly("ops@shop.example", "stock@shop.example");
        assertThat(alerts.get(0).body()).contains("2 available, the threshold is 5");
        assertThat(deliveries(eventId)).singleElement().satisfies(d -> assertThat(d.get("user_id")).isNull());
    }

    @Test
    void readinessCoversTheDatabaseAndCamelAndTheApiIsDocumented() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", TOKENS.admin("operator"));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"camelHealth\"");
        assertThat(get("/api-doc", TOKENS.admin("operator")).body()).contains("/notifications", "userId");
    }
}
