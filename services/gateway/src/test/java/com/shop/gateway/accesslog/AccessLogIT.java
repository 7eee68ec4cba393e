package com.shop.gateway.accesslog;

import com.shop.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends GatewayIntegrationTest {

    @Test
    void everyRequestServedOrRefusedGetsOneAccessLogLine(CapturedOutput output) throws Exception {
        String user = unique("customer-");
        String order = unique("order-");
        String served = unique("flow-");
        String refused = unique("flow-");

        send("GET", "/api/orders/" + order, TOKENS.customer(user), null, Map.of("X-Correlation-Id", served));
        send("GET", "/api/orders/" + order, null, null, Map.of("X-Correlation-Id", refused));

        await().atMost(Duration.ofSeconds(5)).until(() ->
                output.getOut().matches("(?s).*GET /api/orders/" + order + " 200 \\d+ms user=" + user + " correlationId=" + served + ".*")
                && output.getOut().matches("(?s).*GET /api/orders/" + order + " 401 \\d+ms user=- correlationId=" + refused + ".*"));
    }
}
