package com.shop.gateway.routing;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultHeaderFilterStrategy;

import java.util.List;

/**
 * Which of the upstream's response headers the gateway passes on: all but those that describe one connection
 * (RFC 9110 section 7.6.1: {@code Connection}, {@code Keep-Alive}, {@code Transfer-Encoding}, ..., and those its
 * {@code Connection} header names), the framing the gateway's server sets itself ({@code Content-Length},
 * {@code Date}), and Camel's own. Camel's HTTP default drops {@code Cache-Control} and {@code Pragma} but kept
 * {@code Expires} and {@code Keep-Alive}: a service's {@code no-store} was lost, and the gateway announced the
 * upstream's keep-alive timeout as its own.
 * The proxy route clears the request's headers first and camel-http answers with a message of the upstream's headers
 * only; credentials are dropped all the same, should an answer ever carry the client's.
 */
public final class UpstreamResponseHeaders extends DefaultHeaderFilterStrategy {

    static final List<String> NOT_PASSED_ON = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
            "content-length", "content-type", "date", "host", "authorization", "cookie");

    public UpstreamResponseHeaders() {
        setLowerCase(true);
        getOutFilter().addAll(NOT_PASSED_ON);
        setOutFilterStartsWith(CAMEL_FILTER_STARTS_WITH);
        setInFilterStartsWith(CAMEL_FILTER_STARTS_WITH);
    }

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return super.applyFilterToCamelHeaders(headerName, headerValue, exchange) || exchange != null
                && ConnectionOptions.lists(ConnectionOptions.text(exchange.getMessage().getHeader("Connection")), headerName);
    }
}
