package com.shop.notification.events;

import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.UserRegistered;
import com.shop.notification.NotificationIntegrationTest;
import com.shop.platform.embedded.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PoisonEventIT extends NotificationIntegrationTest {

    @Test
    void aMalformedEventIsDeadLetteredAndTheNextOneIsStillSent() {
        String customer = unique("hal-");
        UserRegistered user = registered(customer, NotificationChannel.EMAIL);
        String order = unique("order-");
        String poison = "{\"orderId\":\"" + order + "\",\"customerId\":\"" + customer + "\",\"lines\":\"not a list\"}";
        KAFKA.send("orders.events", order, poison, Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "com.shop.order.OrderConfirmed"));
        publish(order, confirmed(order, customer));

        ConsumerRecord<String, String> letter = await().atMost(PATIENCE)
                .until(() -> KAFKA.records("orders.events.DLT", r -> order.equals(r.key())), l -> l.size() == 1).get(0);
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(KafkaTestClient.header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(KafkaTestClient.header(letter, "dlt_service")).isEqualTo("notification-service");
        await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream().anyMatch(m -> m.subject().contains(order)));
        assertThat(mailTo(user.email()).stream().filter(m -> m.subject().contains(order))).hasSize(1);
    }
}
