package com.shop.users.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.kafka.EventCodec;
import com.shop.users.UserServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProfileIT extends UserServiceTest {

    private static final Map<String, Object> ADDRESS = Map.of("recipient", "Ann Example", "line1", "Hauptstr. 1",
            "city", "Berlin", "postalCode", "10115", "country", "DE");

    @Autowired
    EventCodec codec;

    @Test
    void aUserChangesTheirProfileAndUserUpdatedCarriesTheNewContactData() {
        String email = uniqueEmail("ann");
        String userId = register(email, PASSWORD).get("id").asText();
        String token = accessToken(email);

        HttpResponse<String> response = send("PUT", "/users/me", token, Map.of("name", "Ann Changed",
                "phone", "+4915112345678", "address", ADDRESS, "channels", List.of("EMAIL", "SMS", "PUSH"),
                "pushToken", "device-token-1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode me = json(send("GET", "/users/me", token, null));
        assertThat(me.get("name").asText()).isEqualTo("Ann Changed");
        assertThat(me.get("address").get("city").asText()).isEqualTo("Berlin");
        assertThat(me.get("channels")).extracting(JsonNode::asText).containsExactlyInAnyOrder("EMAIL", "SMS", "PUSH");
        assertThat(me.get("pushToken").asText()).isEqualTo("device-token-1");

        ConsumerRecord<String, String> updated = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("users.events", r -> userId.equals(r.key())
                        && "com.shop.user.UserUpdated".equals(header(r, "ce_type"))), records -> !records.isEmpty())
                .get(0);
        assertThat(codec.validate("com.shop.user.UserUpdated", updated.value())).isEmpty();
        assertThat(updated.value()).contains("\"name\":\"Ann Changed\"", "\"phone\":\"+4915112345678\"",
                "\"pushToken\":\"device-token-1\"");
        assertThat(updated.value()).doesNotContain(PASSWORD);
    }

    @Test
    void aProfileChangeThatLeavesAChannelUnreachableIsA400() {
        String email = uniqueEmail("bob");
        register(email, PASSWORD);
        HttpResponse<String> response = send("PUT", "/users/me", accessToken(email),
                Map.of("name", "Bob", "channels", List.of("PUSH")));
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"pushToken\"");
    }

    @Test
    void aCustomerSeesTheirOwnAccountByIdButNotSomeoneElses() {
        String ann = uniqueEmail("ann");
        String annId = register(ann, PASSWORD).get("id").asText();
        String bobId = register(uniqueEmail("bob"), PASSWORD).get("id").asText();
        String token = accessToken(ann);

        assertThat(send("GET", "/users/" + annId, token, null).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/users/" + bobId, token, null), 404, "Not found");
        assertThat(send("GET", "/users/" + bobId, accessToken(admin().email()), null).statusCode()).isEqualTo(200);
    }
}
