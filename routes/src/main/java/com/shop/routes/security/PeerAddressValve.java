package com.shop.routes.security;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;

/**
 * Records the address of the connection's other end for {@link FromThisMachine}: Tomcat's forwarded-header handling
 * (server.forward-headers-strategy) replaces the remote address with one a proxy's {@code X-Forwarded-For} names,
 * which the sender of the request chooses; the peer address stays the socket's.
 */
final class PeerAddressValve extends ValveBase {

    PeerAddressValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.setAttribute(FromThisMachine.PEER_ADDRESS, request.getPeerAddr());
        getNext().invoke(request, response);
    }
}
