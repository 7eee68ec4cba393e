package com.shop.routes.correlation;

import com.shop.routes.RoutesIntegrationTest;
import com.shop.routes.testing.HttpTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class CorrelationIT extends RoutesIntegrationTest {

    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCorrelationIdAndTraceOfAConsumedEventAreLoggedAndCarriedByTheEventsItCauses(CapturedOutput output) {
        String sku = unique("corr-");
        String correlationId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(restockHeaders(UUID.randomUUID().toString()));
        headers.put("ce_correlationid", correlationId);
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        headers.put("traceparent", traceparent);
        KAFKA.send("inventory.restock", sku, restock(sku, 3), headers);

        List<ConsumerRecord<String, String>> caused = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.events", r -> sku.equals(r.key())), list -> !list.isEmpty());
        assertThat(header(caused.get(0), "ce_correlationid")).isEqualTo(correlationId);
        assertThat(header(caused.get(0), "traceparent")).isEqualTo(traceparent);
        assertThat(output.getOut()).containsPattern("\\[" + correlationId + "].*restock of " + sku);
    }

    @Test
    void aConsumedEventsCorrelationIdThatIsNotAShortTokenIsReplacedNotCarriedNorDeadLettered(CapturedOutput output) {
        String sku = unique("corr-");
        String forged = "a b\"<script>" + "x".repeat(5000);
        Map<String, String> headers = new HashMap<>(restockHeaders(UUID.randomUUID().toString()));
        headers.put("ce_correlationid", forged);
        headers.put("traceparent", "00-" + forged);
        KAFKA.send("inventory.restock", sku, restock(sku, 3), headers);

        List<ConsumerRecord<String, String>> caused = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.events", r -> sku.equals(r.key())), list -> !list.isEmpty());
        String replaced = Correlation.givenOrDerived(forged);
        assertThat(header(caused.get(0), "ce_correlationid")).isEqualTo(replaced).matches(UUID_FORM);
        assertThat(caused.get(0).headers().lastHeader("traceparent")).as("a traceparent that is not one").isNull();
        assertThat(output.getOut()).containsPattern("\\[" + replaced + "].*restock of " + sku).doesNotContain("<script>");
    }

    @Test
    void aRestCallersCorrelationIdThatIsNotAShortTokenIsReplacedInTheAnswerAndTheProblem() {
        for (String forged : List.of("x".repeat(5000), "a b\"<script>")) {
            HttpResponse<String> problem = HttpTestClient.localhost(port).send("GET", "/widgets/none", null, null,
                    Map.of(Correlation.HTTP_HEADER, forged));

            assertThat(problem.statusCode()).isEqualTo(404);
            String replaced = problem.headers().firstValue(Correlation.HTTP_HEADER).orElseThrow();
            assertThat(replaced).matches(UUID_FORM);
            assertThat(problem.body()).contains("\"correlationId\":\"" + replaced + "\"").doesNotContain("xxxxxxxxxx", "script");
        }
    }

    @Test
    void aRestCallersUuidIsKeptInTheAnswerAndTheProblem() {
        String given = UUID.randomUUID().toString();

        HttpResponse<String> problem = HttpTestClient.localhost(port).send("GET", "/widgets/none", null, null,
                Map.of(Correlation.HTTP_HEADER, given));

        assertThat(problem.headers().firstValue(Correlation.HTTP_HEADER)).hasValue(given);
        assertThat(problem.body()).contains("\"correlationId\":\"" + given + "\"");
    }

    @Test
    void aRestCallEchoesTheCallersCorrelationIdOrMintsOne() throws Exception {
        var minted = http("GET", "/widgets/none", null, null);
        assertThat(minted.headers().firstValue(Correlation.HTTP_HEADER)).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(minted.body()).contains(minted.headers().firstValue(Correlation.HTTP_HEADER).orElseThrow());
    }
}
