package com.shop.notification.channels;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between the mail sender and an SMTP server that counts the connections the server is asked for, and can
 * act as a server that refuses an address or whose answer to a message is lost on the way back.
 */
final class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "smtp-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final AtomicBoolean loseNextAnswerToData = new AtomicBoolean();
    private volatile String refusedAddress;

    SmtpProxy(int serverPort) {
        this.serverPort = serverPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections the sender opened so far. */
    int accepted() {
        return accepted.get();
    }

    /** Connections open now. */
    int open() {
        return open.get();
    }

    /** The most connections that were open at once. */
    int mostOpen() {
        return mostOpen.get();
    }

    /** Answers {@code RCPT TO} for {@code address} with a 550, as a server that knows no such mailbox. */
    void refuse(String address) {
        refusedAddress = "RCPT TO:<" + address.toUpperCase(Locale.ROOT) + ">";
    }

    /** Lets the next message through to the server but drops the connection instead of passing on the server's answer. */
    void loseNextAnswerToData() {
        loseNextAnswerToData.set(true);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            try {
                Relay relay = new Relay(client, new Socket(InetAddress.getLoopbackAddress(), serverPort));
                threads.execute(relay::fromClient);
                threads.execute(relay::fromServer);
            } catch (IOException e) {
                open.decrementAndGet();
                closeQuietly(client);
            }
        }
    }

    private final class Relay {

        private final Socket client;
        private final Socket server;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile boolean dropAnswer;

        Relay(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        /** Line by line, as SMTP talks, so that a command can be answered here. */
        void fromClient() {
            try (InputStream in = new BufferedInputStream(client.getInputStream())) {
                OutputStream toServer = server.getOutputStream();
                boolean inData = false;
                for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                    String text = new String(line, StandardCharsets.US_ASCII).trim().toUpperCase(Locale.ROOT);
                    if (!inData && refusedAddress != null && text.startsWith(refusedAddress)) {
                        answer("550 5.1.1 no such mailbox\r\n");
                        continue;
                    }
                    if (inData && text.equals(".") && loseNextAnswerToData.getAndSet(false)) {
                        dropAnswer = true;
                    }
                    inData = inData ? !text.equals(".") : text.equals("DATA");
                    toServer.write(line);
                    toServer.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                close();
            }
        }

        void fromServer() {
            byte[] buffer = new byte[8192];
            try (InputStream in = server.getInputStream()) {
                for (int read = in.read(buffer); read >= 0 && !dropAnswer; read = in.read(buffer)) {
                    synchronized (this) {
                        client.getOutputStream().write(buffer, 0, read);
                        client.getOutputStream().flush();
                    }
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                close();
            }
        }

        private synchronized void answer(String reply) throws IOException {
            client.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        }

        private void close() {
            if (closed.compareAndSet(false, true)) {
                open.decrementAndGet();
                closeQuietly(client);
                closeQuietly(server);
            }
        }

        private static byte[] readLine(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                line.write(b);
                if (b == '\n') {
                    return line.toByteArray();
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
