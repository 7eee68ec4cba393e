package com.shop.connectors.notification.sandbox;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail with an SMTP server that switches Nagle's algorithm off on every connection. GreenMail writes a
 * multi-line reply line by line; with Nagle on, each later line waits for the client's delayed acknowledgement
 * (about 40 ms), so every mail took ~45 ms and a sender mailing one message at a time managed ~20 a second.
 */
final class SandboxSmtpServer extends GreenMail {

    SandboxSmtpServer(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        for (ServerSetup setup : config) {
            if (setup.getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
                services.put(setup.getProtocol(), new NoDelay(setup, managers));
            }
        }
        return services;
    }

    private static final class NoDelay extends SmtpServer {

        NoDelay(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}
