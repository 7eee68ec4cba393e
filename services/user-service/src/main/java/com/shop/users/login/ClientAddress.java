package com.shop.users.login;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;

/** The address a request came from: the servlet's remote address (X-Forwarded-For only from a trusted proxy). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(Exchange exchange) {
        HttpServletRequest request = exchange.getIn().getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
