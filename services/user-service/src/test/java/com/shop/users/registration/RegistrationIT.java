package com.shop.users.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.kafka.EventCodec;
import com.shop.users.UserServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RegistrationIT extends UserServiceTest {

    @Autowired
    EventCodec codec;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;

    @Test
    void aNewCustomerIsRegisteredWithAHashedPasswordAndNoPasswordInTheAnswer() {
        String email = uniqueEmail("Ann");
        double before = metrics.counter("users.registrations").count();
        HttpResponse<String> response = send("POST", "/users", null, Map.of("email", "  " + email.toUpperCase() + " ",
                "password", PASSWORD, "name", "Ann Example", "phone", "+4915112345678", "channels", List.of("EMAIL", "SMS")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode account = json(response);
        assertThat(account.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(account.get("roles")).extracting(JsonNode::asText).containsExactly("CUSTOMER");
        assertThat(response.headers().firstValue("Location")).hasValue("/users/" + account.get("id").asText());
        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?::uuid", String.class,
                account.get("id").asText());
        assertThat(hash).startsWith("$2a$").doesNotContain(PASSWORD);
        assertThat(response.body()).doesNotContain(PASSWORD, hash, "password");
        assertThat(metrics.counter("users.registrations").count()).isEqualTo(before + 1);
    }

    @Test
    void userRegisteredIsPublishedWithItsCloudEventsHeadersAndValidatesAgainstItsSchema() {
        String email = uniqueEmail("bob");
        String userId = register(email, PASSWORD).get("id").asText();

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("users.events", r -> userId.equals(r.key())), records -> !records.isEmpty())
                .get(0);
        assertThat(header(record, "ce_type")).isEqualTo("com.shop.user.UserRegistered");
        assertThat(header(record, "ce_source")).isEqualTo("user-service");
        assertThat(header(record, "ce_subject")).isEqualTo(userId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(codec.validate("com.shop.user.UserRegistered", record.value())).isEmpty();
        assertThat(record.value()).contains("\"email\":\"" + email + "\"", "\"channels\":[\"EMAIL\"]", "\"roles\":[\"CUSTOMER\"]");
        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?::uuid", String.class, userId);
        assertThat(record.value()).doesNotContain(PASSWORD, hash, "password");
    }

    @Test
    void anEmailIsRegisteredOnlyOnceWhateverItsCase() {
        String email = uniqueEmail("carla");
        register(email, PASSWORD);
        assertProblem(send("POST", "/users", null, Map.of("email", email.toUpperCase(), "password", PASSWORD, "name", "Carla")),
                409, "Conflict");
    }

    @Test
    void aWeakPasswordIsA400ThatNamesThePasswordWithoutRepeatingIt() {
        String weak = "onlyletters";
        HttpResponse<String> response = send("POST", "/users", null, Map.of("email", uniqueEmail("dan"), "password", weak, "name", "Dan"));
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"password\"").doesNotContain(weak);
    }

    @Test
    void aChannelNeedsTheContactDataToReachIt() {
        HttpResponse<String> response = send("POST", "/users", null, Map.of("email", uniqueEmail("eve"), "password", PASSWORD,
                "name", "Eve", "channels", List.of("SMS", "PUSH")));
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"phone\"", "\"field\":\"pushToken\"");
    }

    @Test
    void anAddressTheEventContractRefusesIsA400NotAServerError() {
        HttpResponse<String> response = send("POST", "/users", null, Map.of("email", "ann@shop.invalid", "password", PASSWORD,
                "name", "Ann"));
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"email\"");
    }

    @Test
    void malformedContactDataIsA400ThatNamesEachField() {
        HttpResponse<String> response = send("POST", "/users", null, Map.of("email", "not-an-email", "password", PASSWORD,
                "name", "", "phone", "0151 123"));
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"email\"", "\"field\":\"name\"", "\"field\":\"phone\"");
    }

    @Test
    void aNulCharacterInARegistrationOrALoginIsA400ThatNamesTheField() {
        HttpResponse<String> registration = send("POST", "/users", null, Map.of("email", uniqueEmail("rev"), "password", PASSWORD,
                "name", "Rev\0x"));
        assertProblem(registration, 400, "Invalid request");
        assertThat(registration.body()).contains("{\"field\":\"name\",\"message\":\"must not contain the NUL character\"}");

        HttpResponse<String> login = send("POST", "/auth/login", null, Map.of("email", "a\0@example.com", "password", PASSWORD));
        assertProblem(login, 400, "Invalid request");
        assertThat(login.body()).contains("{\"field\":\"email\",\"message\":\"must not contain the NUL character\"}");
    }
}
