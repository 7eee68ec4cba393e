package com.shop.connectors.notification.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The outside world of notifications in one process, for local runs and tests: a real SMTP server (GreenMail)
 * that keeps every mail it receives, and HTTP stand-ins for an SMS provider and a push gateway that record what
 * they accept and can be switched into an outage. Run it with {@code java -jar notification-sandbox.jar}, or start
 * it in-process with {@link #start(SandboxSettings)}.
 */
public final class ChannelSandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChannelSandbox.class.getName());

    private final GreenMail smtp;
    private final HttpServer http;
    private final ExecutorService workers;
    private final ProviderState sms;
    private final ProviderState push;

    private ChannelSandbox(GreenMail smtp, HttpServer http, ExecutorService workers, ProviderState sms, ProviderState push) {
        this.smtp = smtp;
        this.http = http;
        this.workers = workers;
        this.sms = sms;
        this.push = push;
    }

    public static ChannelSandbox start(SandboxSettings settings) throws IOException {
        GreenMail smtp = new SandboxSmtpServer(new ServerSetup(settings.smtpPort(), settings.address(), ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ProviderState sms = new ProviderState("sms_", Clock.systemUTC());
        ProviderState push = new ProviderState("push_", Clock.systemUTC());
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "notification-sandbox-http");
            thread.setDaemon(true);
            return thread;
        });
        // The JDK server sends an answer's headers and body apart; with Nagle's algorithm on (its default) the body
        // waits for the client's delayed ACK, ~40 ms, which capped a caller sending one request at a time at ~20/s.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.address(), settings.httpPort()), 0);
        http.setExecutor(workers);
        ChannelSandbox sandbox = new ChannelSandbox(smtp, http, workers, sms, push);
        http.createContext("/", new SandboxApi(sms, push, sandbox::mail));
        http.start();
        LOG.log(System.Logger.Level.INFO, "notification sandbox on {0}: SMTP on port {1}, SMS and push APIs on port {2}",
                settings.address(), String.valueOf(sandbox.smtpPort()), String.valueOf(sandbox.httpPort()));
        return sandbox;
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    public int httpPort() {
        return http.getAddress().getPort();
    }

    /** The base URL of the SMS and push APIs, e.g. {@code http://localhost:8091}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort());
    }

    /** Every mail the SMTP server received, oldest first: one per recipient, as a mailbox would hold it. */
    public List<ReceivedMail> mail() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ChannelSandbox::read).toList();
    }

    public ProviderState sms() {
        return sms;
    }

    public ProviderState push() {
        return push;
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
        smtp.stop();
    }

    public static void main(String[] args) throws IOException {
        SandboxSettings settings;
        try {
            settings = SandboxSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("notification sandbox: " + e.getMessage());
            System.exit(2);
            return;
        }
        ChannelSandbox sandbox = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "notification-sandbox-stop"));
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            Object content = message.getContent();
            return new ReceivedMail(message.getFrom() == null ? null : message.getFrom()[0].toString(),
                    to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    message.getSubject(), content instanceof String text ? text : String.valueOf(content));
        } catch (MessagingException e) {
            throw new IllegalStateException("the SMTP server holds a mail it cannot read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
