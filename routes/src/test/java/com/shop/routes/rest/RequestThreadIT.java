package com.shop.routes.rest;

import com.shop.routes.RoutesIntegrationTest;
import com.shop.routes.testapp.AsyncDispatches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadIT extends RoutesIntegrationTest {

    @Autowired
    AsyncDispatches asyncDispatches;

    @Test
    void aRestRouteRunsOnTheServersRequestThread() throws Exception {
        HttpResponse<String> response = http("GET", "/route-thread", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("http-nio-");
    }

    @Test
    void aRestRequestIsDispatchedOnce() throws Exception {
        int before = asyncDispatches.count();

        assertThat(http("GET", "/widgets/" + unique("missing-"), null, null).statusCode()).isEqualTo(404);
        assertThat(http("GET", "/route-thread", null, null).statusCode()).isEqualTo(200);

        assertThat(asyncDispatches.count()).isEqualTo(before);
    }

    @Test
    void concurrentAnswersCarryTheSecurityHeadersOnceEach() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
                calls.add(clients.submit(() -> http("GET", "/route-thread", null, null)));
            }
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
                assertThat(response.headers().allValues("Cache-Control")).hasSize(1);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
