package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operator console of a local run: open to this machine's pages, closed to other machines and to other sites'
 * pages in the same browser, whether they post to it or only link to it. The service takes forwarded headers from any
 * peer, as user-service does from a private network's (server.forward-headers-strategy=native), the worst case.
 */
@TestPropertySource(properties = {"shop.security.operator-console=open", "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=.*"})
class OpenOperatorConsoleIT extends SecuredServiceTest {

    private static final InetAddress THIS_MACHINE = InetAddress.getLoopbackAddress();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String READ = "{\"type\":\"version\"}";
    private static final String VERSION = "/actuator/jolokia/version";
    private static final String GC = "/actuator/jolokia/exec/java.lang:type=Memory/gc";
    private static final String VERSION_REQUEST_LINE = "GET " + VERSION + " HTTP/1.1\r\n";

    @Test
    void aRequestFromThisMachineNeedsNoToken() throws Exception {
        assertThat(send("GET", "/actuator/jolokia/version", null).statusCode()).isEqualTo(200);
        assertThat(post("http://localhost:" + port).statusCode()).isEqualTo(200);
        assertThat(post("http://127.0.0.1:3000").statusCode()).isEqualTo(200);
    }

    @Test
    void aPostFromAnotherSitesPageNeedsAnAdminsToken() throws Exception {
        HttpResponse<String> refused = post("http://evil.example");

        assertProblem(refused, 401, "Unauthorized");
        assertThat(post("null").statusCode()).isEqualTo(401);
    }

    /** A browser sends no Origin on a GET (an image, a link), but says whose page caused it. */
    @Test
    void aGetThatAnotherSitesPageCausesNeedsAnAdminsToken() throws Exception {
        assertProblem(send("GET", GC, null, Map.of("Sec-Fetch-Site", "cross-site")), 401, "Unauthorized");
        assertProblem(send("GET", GC, null, Map.of("Sec-Fetch-Site", "same-site")), 401, "Unauthorized");
        assertProblem(send("GET", GC, null, Map.of("Referer", "http://evil.example/page")), 401, "Unauthorized");
        assertProblem(send("GET", GC, null, Map.of("Referer", "not a page")), 401, "Unauthorized");
        assertThat(send("GET", GC, ISSUER.admin("ops"), Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(200);
    }

    @Test
    void aGetFromThisMachinesOwnPageOrTypedInNeedsNoToken() throws Exception {
        String hawtio = "http://localhost:" + port + "/actuator/hawtio/";
        assertThat(send("GET", VERSION, null, Map.of("Sec-Fetch-Site", "same-origin", "Referer", hawtio)).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", VERSION, null, Map.of("Sec-Fetch-Site", "none")).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestAddressedToAnotherNameIsRefusedAsARebindingAttackWouldSendIt() throws Exception {
        assertThat(statusLine(THIS_MACHINE, versionRequest("evil.example"))).contains(" 401");
        assertThat(statusLine(THIS_MACHINE, versionRequest("localhost"))).contains(" 200");
    }

    @Test
    void aRequestFromAnotherMachineNamingLocalhostNeedsAnAdminsToken() throws Exception {
        InetAddress network = networkAddress();

        assertThat(statusLine(network, versionRequest("localhost"))).contains(" 401");
        assertThat(statusLine(network, versionRequest("localhost", "Authorization: Bearer " + ISSUER.admin("ops"))))
                .contains(" 200");
    }

    @Test
    void aForwardedForLoopbackFromAnotherMachineNeedsAnAdminsToken() throws Exception {
        assertThat(statusLine(networkAddress(), versionRequest("localhost", "X-Forwarded-For: 127.0.0.1"))).contains(" 401");
    }

    @Test
    void aRequestThatAProxyOnThisMachineForwardsForAnotherNeedsAnAdminsToken() throws Exception {
        assertThat(statusLine(THIS_MACHINE, versionRequest("localhost", "X-Forwarded-For: 203.0.113.7"))).contains(" 401");
        assertThat(statusLine(THIS_MACHINE, versionRequest("localhost", "X-Forwarded-For: 127.0.0.1"))).contains(" 200");
    }

    private HttpResponse<String> post(String origin) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/jolokia"))
                        .header("Origin", origin)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(READ)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String versionRequest(String host, String... headers) {
        StringBuilder request = new StringBuilder(VERSION_REQUEST_LINE).append("Host: ").append(host).append(':').append(port);
        for (String header : headers) {
            request.append("\r\n").append(header);
        }
        return request.append("\r\nConnection: close\r\n\r\n").toString();
    }

    /** An address of this machine on a network, which its connections to itself come from instead of loopback. */
    private static InetAddress networkAddress() throws SocketException {
        Optional<InetAddress> address = NetworkInterface.networkInterfaces()
                .filter(OpenOperatorConsoleIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(candidate -> candidate instanceof Inet4Address && !candidate.isLoopbackAddress())
                .findFirst();
        assumeTrue(address.isPresent(), "this machine has no network address besides loopback");
        return address.get();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException gone) {
            return false;
        }
    }

    /**
     * The status line of a request written as is over a connection from and to {@code address}: the JDK's client
     * does not let a caller set {@code Host}.
     */
    private String statusLine(InetAddress address, String request) throws IOException {
        try (Socket socket = new Socket(address, port, address, 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
