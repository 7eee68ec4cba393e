package com.shop.routes.rest;

import com.shop.routes.RoutesIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RestPolicyIT extends RoutesIntegrationTest {

    private static final String JSON = "application/json";

    @Test
    void aValidRequestIsAccepted() throws Exception {
        String sku = unique("w-");
        HttpResponse<String> created = http("POST", "/widgets", JSON, "{\"sku\":\"" + sku + "\",\"name\":\"Bolt\",\"price\":1.5}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(JSON));
        assertThat(http("GET", "/widgets/" + sku, null, null).body()).contains("\"name\":\"Bolt\"");
    }

    @Test
    void missingAndInvalidFieldsAreA400ThatNamesEachField() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON, "{\"name\":\"\",\"price\":-1}");
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"sku\"", "\"field\":\"name\"", "\"field\":\"price\"");
    }

    @Test
    void aValueOfTheWrongTypeIsA400ThatNamesTheField() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON, "{\"sku\":\"a\",\"name\":\"b\",\"price\":\"cheap\"}");
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"price\"");
    }

    @Test
    void malformedJsonIsA400ThatSaysWhereButNotWhat() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON, "{\"sku\": hunter2-secret}");
        assertProblem(response, 400, "Bad request");
        assertThat(response.body()).contains("line 1").doesNotContain("hunter2");
    }

    @Test
    void aBodyThatIsNotJsonIsA415() throws Exception {
        assertProblem(http("POST", "/widgets", "text/plain", "sku=a"), 415, "Unsupported media type");
    }

    @Test
    void aBodyThatIsNotValidUtf8IsA400WithTheCorrelationId() throws Exception {
        HttpResponse<String> response = bytes(JSON, "{\"sku\":\"a\",\"name\":\"Zo\u00eb\",\"price\":1}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(response, 400, "Bad request");
        assertThat(response.body()).contains("not valid UTF-8").containsPattern("\"correlationId\":\"[^\"]+\"");
    }

    @Test
    void aJsonBodyInAnotherCharsetIsA415() throws Exception {
        HttpResponse<String> response = bytes(JSON + "; charset=ISO-8859-1", "{\"sku\":\"a\",\"name\":\"Zo\u00eb\",\"price\":1}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(response, 415, "Unsupported media type");
        assertThat(response.body()).contains("UTF-8");
    }

    @Test
    void aFormBodyThatIsNotKeyValuePairsIsA415() throws Exception {
        assertProblem(http("POST", "/widgets", "application/x-www-form-urlencoded", "{\"sku\":\"a\"}"), 415, "Unsupported media type");
        assertProblem(http("POST", "/widgets", "application/x-www-form-urlencoded", "sku=a&name=b"), 415, "Unsupported media type");
    }

    @Test
    void anEmptyJsonBodyIsA400ThatAsksForOne() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON, "");
        assertProblem(response, 400, "Bad request");
        assertThat(response.body()).contains("request body is required");
        assertProblem(http("POST", "/widgets", null, ""), 400, "Bad request");
    }

    @Test
    void aFractionForAWholeNumberIsA400ThatNamesTheField() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON,
                "{\"sku\":\"" + unique("frac-") + "\",\"name\":\"Nut\",\"price\":1,\"stock\":1.5}");
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"stock\"");
    }

    @Test
    void aBodyWhoseLengthIsOverTheLimitIsA413BeforeItArrives() throws Exception {
        // the test service takes 64KB (application.yml); the 100MB are never sent
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /widgets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(answerUpToItsBody(socket.getInputStream())).startsWith("HTTP/1.1 413").contains("application/problem+json", "at most 64KB");
        }
    }

    @Test
    void aChunkedBodyIsRefusedWhenItPassesTheLimit() throws Exception {
        byte[] body = ("{\"sku\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/widgets"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(response, 413, "Content too large");
    }

    @Test
    void aBodyOfTheLimitExactlyIsTaken() throws Exception {
        String json = "{\"sku\":\"" + unique("big-") + "\",\"name\":\"Bolt\",\"price\":1}";
        String body = json + " ".repeat(64 * 1024 - json.length());
        assertThat(http("POST", "/widgets", JSON, body).statusCode()).isEqualTo(201);
    }

    @Test
    void aNulCharacterInABodyStringIsA400ThatNamesTheField() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON,
                "{\"sku\":\"" + unique("nul-") + "\",\"name\":\"Rev\\u0000x\",\"price\":1}");
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("{\"field\":\"name\",\"message\":\"must not contain the NUL character\"}");
    }

    @Test
    void aNulCharacterInAFieldNameIsA400ThatShowsItEscaped() throws Exception {
        HttpResponse<String> response = http("POST", "/widgets", JSON,
                "{\"sku\":\"" + unique("nul-") + "\",\"name\":\"Bolt\",\"price\":1,\"no\\u0000te\":\"x\"}");
        assertProblem(response, 400, "Invalid request");
        assertThat(response.body()).contains("\"field\":\"no\\\\u0000te\"");
    }

    @Test
    void lettersBeyondAsciiAndEmojiInABodyAreTaken() throws Exception {
        String sku = unique("intl-");
        String name = "Zo\u00eb \u5317\u4eac \uD83D\uDD29";
        assertThat(http("POST", "/widgets", JSON, "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"price\":1}")
                .statusCode()).isEqualTo(201);
        assertThat(http("GET", "/widgets/" + sku, null, null).body()).contains("\"name\":\"" + name + "\"");
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400ThatNamesIt() throws Exception {
        HttpResponse<String> response = http("GET", "/widgets/" + unique("w-") + "?q=a%00b&page=1", null, null);
        assertProblem(response, 400, "Invalid request");
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
        assertThat(response.body()).contains("{\"field\":\"q\",\"message\":\"must not contain the NUL character\"}")
                .doesNotContain("\"page\"");
    }

    @Test
    void aQueryParameterBeyondAsciiIsTaken() throws Exception {
        assertProblem(http("GET", "/widgets/" + unique("w-") + "?q=%C5%81%C3%B3d%C5%BA%20%F0%9F%94%A9", null, null), 404, "Not found");
    }

    @Test
    void aNulCharacterInAHeaderIsA400() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /widgets/x HTTP/1.1\r\nHost: localhost\r\nX-Correlation-Id: a\0b\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(answerUpToItsBody(socket.getInputStream())).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
    }

    @Test
    void anUnknownResourceIsA404() throws Exception {
        assertProblem(http("GET", "/widgets/" + unique("missing-"), null, null), 404, "Not found");
    }

    @Test
    void aDuplicateIsA409() throws Exception {
        String body = "{\"sku\":\"" + unique("dup-") + "\",\"name\":\"Nut\",\"price\":0}";
        assertThat(http("POST", "/widgets", JSON, body).statusCode()).isEqualTo(201);
        assertProblem(http("POST", "/widgets", JSON, body), 409, "Conflict");
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() throws Exception {
        HttpResponse<String> response = http("GET", "/widgets/x/explode", null, null);
        assertProblem(response, 500, "Internal error");
        assertThat(response.body()).doesNotContain("secret", "postgres", "Exception", "at com.");
    }

    /** What the server answered, up to the end of its JSON body: it may not close the connection before the request ends. */
    private static String answerUpToItsBody(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            answer.append((char) c);
            if (c == '}') {
                break;
            }
        }
        return answer.toString();
    }

    private HttpResponse<String> bytes(String contentType, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/widgets"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + title + "\"", "\"detail\":");
    }
}
