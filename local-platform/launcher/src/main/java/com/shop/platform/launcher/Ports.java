package com.shop.platform.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Port numbers: parsing them from settings and asking whether something listens on one. */
public final class Ports {

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private Ports() {
    }

    public static int parse(String text, String source) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the setting's name
        }
        throw new UsageException(source + " must be a port number (1-65535), not '" + text + "'");
    }

    /** Whether a TCP connection to {@code host:port} succeeds. */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
