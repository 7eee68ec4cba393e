package com.shop.gateway.routing;

import com.shop.routes.rest.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.http.HttpMethods;

import java.util.Collections;
import java.util.Set;

/**
 * Turns the client's request into the upstream's: the route and path without {@code /api}, the query, the
 * client's headers including its bearer token (the services check it again) and the correlation id, minus
 * the hop-by-hop ones and those its {@code Connection} header names. {@code X-Forwarded-For} is the client's address as
 * the gateway trusts it ({@link ClientAddress}), not what the client sent: the services believe it (user-service
 * throttles logins by it).
 */
public final class UpstreamRequest implements Processor {

    /** The exchange property naming the upstream route a request goes to. */
    public static final String ROUTE = "gatewayRoute";

    /** The exchange property holding the request's {@link Forwarded} paths, for the steps that answer the client. */
    public static final String FORWARDED = "gatewayForwarded";

    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "cookie", "x-forwarded-for");

    private final RouteTable table;
    private final ClientAddress clientAddress;

    public UpstreamRequest(RouteTable table, ClientAddress clientAddress) {
        this.table = table;
        this.clientAddress = clientAddress;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getIn();
        HttpServletRequest request = message.getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        String requestPath = request.getRequestURI().substring(request.getContextPath().length());
        RouteTable.Target target = table.resolve(requestPath)
                .orElseThrow(() -> ProblemException.notFound("No service serves " + requestPath));
        exchange.setProperty(ROUTE, target.route());
        exchange.setProperty(FORWARDED, new Forwarded(request.getRequestURI(), target.path()));
        HttpMethods method = method(request);
        String connection = request.getHeader("Connection") == null ? null
                : String.join(",", Collections.list(request.getHeaders("Connection")));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !ConnectionOptions.lists(connection, name)) {
                message.setHeader(name, String.join(", ", Collections.list(request.getHeaders(name))));
            }
        }
        message.setHeader("X-Forwarded-For", clientAddress.of(request));
        message.setHeader(Exchange.HTTP_METHOD, method);
        message.setHeader(Exchange.HTTP_PATH, target.path());
        message.setHeader(Exchange.HTTP_QUERY, request.getQueryString());
        if (!hasBody(request)) {
            message.setBody(null);
        }
    }

    /**
     * The method as the HTTP component's own type: given a text or camel-http-common's enum of the same name, the
     * component looks a converter up on every call, which cost a tenth of the gateway's CPU. A method no service
     * could serve is refused here.
     */
    private static HttpMethods method(HttpServletRequest request) {
        try {
            return HttpMethods.valueOf(request.getMethod());
        } catch (IllegalArgumentException unknown) {
            throw new ProblemException(405, "Method not allowed", "No service serves the method " + request.getMethod());
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The path the client called ({@code /api/auth/login}) and the one the gateway called upstream ({@code /auth/login}), without queries. */
    public record Forwarded(String clientPath, String upstreamPath) {
    }
}
