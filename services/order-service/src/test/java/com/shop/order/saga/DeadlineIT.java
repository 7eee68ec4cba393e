package com.shop.order.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.order.OrderIntegrationTest;
import com.shop.order.support.SagaParticipants.Card;
import com.shop.order.support.SagaParticipants.Stock;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadlineIT extends OrderIntegrationTest {

    private final String admin = TOKENS.admin(unique("operator-"));

    @Test
    void anUnansweredReservationIsSentAgainThenReleasedAndTheOrderCancelled() {
        String sku = product("NOANSWER-", "11.00");
        PARTICIPANTS.stock(sku, Stock.SILENT);
        String token = newCustomer();
        String orderId = place(token, orderJson("tok_visa", line(sku, 1)));

        awaitRecords(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReserveStock", 2);
        JsonNode stuck = saga(orderId);
        assertThat(stuck.get("state").asText()).isEqualTo("RESERVING_STOCK");
        assertThat(stuck.get("attempts").asInt()).isEqualTo(2);
        JsonNode needingAttention = json(send("GET", "/admin/sagas?size=200", admin, null, Map.of()).body());
        assertThat(needingAttention.get("items").findValuesAsText("orderId"))
                .as("a step sent more than once needs attention").contains(orderId);
        assertThat(needingAttention.get("size").asInt()).isEqualTo(200);

        expireStep(orderId);
        JsonNode cancelled = awaitStatus(token, orderId, "CANCELLED");
        assertThat(records(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReleaseStock")).hasSize(1);
        assertThat(cancelled.findValuesAsText("reason")).contains(
                "no answer to ReserveStock in time: trying again (attempt 2 of 2)",
                "no answer to ReserveStock after 2 attempts");
        assertThat(records(PAYMENTS_COMMANDS, orderId, "com.shop.payment.AuthorizePayment")).isEmpty();
    }

    @Test
    void aCompensationThatIsNeverAnsweredFailsWithItsReasonAndOperatorsRetryAndAbortIt() {
        String sku = product("STUCK-", "25.00");
        PARTICIPANTS.stock(sku, Stock.NEVER_RELEASES);
        String card = unique("tok_declined_");
        PARTICIPANTS.card(card, Card.DECLINES);
        String token = newCustomer();
        String orderId = place(token, orderJson(card, line(sku, 1)));
        awaitStatus(token, orderId, "CANCELLING");

        expireStep(orderId);
        awaitRecords(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReleaseStock", 2);
        awaitSaga(orderId, "RELEASING_STOCK", 2);
        expireStep(orderId);
        JsonNode failed = awaitStatus(token, orderId, "FAILED");
        assertThat(failed.findValuesAsText("reason")).contains("no answer to ReleaseStock after 2 attempts: the compensation failed");

        JsonNode listed = json(send("GET", "/admin/sagas?state=FAILED&size=200", admin, null, Map.of()).body());
        JsonNode saga = find(listed.get("items"), orderId);
        await("two pages of one are the page of two (asked again if a saga failed meanwhile)").atMost(SAGA_TIMEOUT)
                .untilAsserted(() -> assertThat(pageOfFailed(0, 2).get("items").findValuesAsText("orderId"))
                        .isEqualTo(Stream.concat(pageOfFailed(0, 1).get("items").findValuesAsText("orderId").stream(),
                                pageOfFailed(1, 1).get("items").findValuesAsText("orderId").stream()).toList()));
        assertThat(send("GET", "/admin/sagas?size=0", admin, null, Map.of()).statusCode()).isEqualTo(400);
        assertThat(json(send("GET", "/admin/sagas?limit=5", admin, null, Map.of()).body()).findValuesAsText("field")).contains("limit");
        assertThat(saga.get("failedStep").asText()).isEqualTo("RELEASING_STOCK");
        assertThat(saga.get("failure").asText()).isEqualTo("no answer to ReleaseStock after 2 attempts");
        assertThat(saga.get("reason").asText()).isEqualTo("payment declined: card declined by the issuer");
        assertThat(send("POST", "/orders/" + orderId + "/cancel", token, null, Map.of()).statusCode()).isEqualTo(409);

        HttpResponse<String> retried = send("POST", "/admin/sagas/" + orderId + "/retry", admin, null, Map.of());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        assertThat(json(retried.body()).get("state").asText()).isEqualTo("RELEASING_STOCK");
        assertThat(json(retried.body()).get("attempts").asInt()).isEqualTo(1);
        awaitRecords(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReleaseStock", 3);

        HttpResponse<String> aborted = send("POST", "/admin/sagas/" + orderId + "/abort", admin, null, Map.of());
        assertThat(aborted.statusCode()).as(aborted.body()).isEqualTo(202);
        assertThat(json(aborted.body()).get("state").asText()).isEqualTo("CANCELLED");
        JsonNode cancelled = order(token, orderId);
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.findValuesAsText("reason")).anySatisfy(reason -> assertThat(reason).startsWith("aborted by an operator"));
        JsonNode event = json(awaitRecords(ORDERS_EVENTS, orderId, "com.shop.order.OrderCancelled", 1).get(0).value());
        assertThat(event.get("reason").asText()).isEqualTo("payment declined: card declined by the issuer");

        assertThat(send("POST", "/admin/sagas/" + orderId + "/abort", admin, null, Map.of()).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/admin/sagas/" + orderId + "/retry", admin, null, Map.of()).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/admin/sagas/no-such-order/retry", admin, null, Map.of()).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/admin/sagas?state=LOST", admin, null, Map.of()).statusCode()).isEqualTo(400);
    }

    private JsonNode saga(String orderId) {
        HttpResponse<String> response = send("GET", "/admin/sagas/" + orderId, admin, null, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private void awaitSaga(String orderId, String state, int attempts) {
        await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> saga(orderId),
                s -> state.equals(s.get("state").asText()) && s.get("attempts").asInt() == attempts);
    }

    private JsonNode pageOfFailed(int page, int size) {
        return json(send("GET", "/admin/sagas?state=FAILED&page=" + page + "&size=" + size, admin, null, Map.of()).body());
    }

    private static JsonNode find(JsonNode sagas, String orderId) {
        for (JsonNode saga : sagas) {
            if (orderId.equals(saga.get("orderId").asText())) {
                return saga;
            }
        }
        throw new AssertionError("saga of " + orderId + " not listed in " + sagas);
    }
}
