package com.shop.notification.channels;

import com.shop.connectors.notification.ChannelSettings;
import com.shop.connectors.notification.PushClient;
import com.shop.connectors.notification.SmsClient;
import com.shop.connectors.notification.sandbox.ChannelSandbox;
import com.shop.connectors.notification.sandbox.ReceivedMail;
import com.shop.connectors.notification.sandbox.SandboxSettings;
import com.shop.kafka.events.NotificationChannel;
import com.shop.notification.delivery.Delivery;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The mail channel as the service runs it ({@link ChannelSenders} through Camel's SMTP endpoint and the
 * {@link PooledMailSender}) against the sandbox's real SMTP server, behind an {@link SmtpProxy} that counts connections.
 */
final class MailChannelBed implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CamelContext camel = new DefaultCamelContext();
    private final int smtpPort;
    private ChannelSandbox sandbox;
    final SmtpProxy proxy;
    final PooledMailSender sender;
    final ChannelSenders channels;

    MailChannelBed(int connections, Duration maxIdle, InstantSource clock) throws IOException {
        sandbox = ChannelSandbox.start(SandboxSettings.anyFreePorts());
        smtpPort = sandbox.smtpPort();
        proxy = new SmtpProxy(smtpPort);
        ChannelProperties.Email email = new ChannelProperties.Email("localhost", proxy.port(), "shop@shop.example",
                connections, maxIdle);
        ChannelSettings unused = new ChannelSettings(URI.create("http://localhost:9"), TIMEOUT, TIMEOUT);
        ChannelProperties properties = new ChannelProperties(TIMEOUT, TIMEOUT, email, new ChannelProperties.Sms(unused.baseUri(), "Shop"),
                new ChannelProperties.Push(unused.baseUri()));
        Properties placeholders = new Properties();
        placeholders.setProperty("notification.channels.email.host", email.host());
        placeholders.setProperty("notification.channels.email.port", Integer.toString(email.port()));
        camel.getPropertiesComponent().setInitialProperties(placeholders);
        camel.start();
        sender = new PooledMailSender(email, TIMEOUT, clock);
        channels = new ChannelSenders(new SmsClient(unused, "Shop"), new PushClient(unused), camel.createProducerTemplate(),
                properties, sender);
    }

    /** Mails {@code subject} to {@code recipient} as a delivery would, with a body naming the subject. */
    SendResult mail(String recipient, String subject) {
        return channels.email(new Delivery(UUID.randomUUID(), UUID.randomUUID().toString(), "OrderConfirmed",
                NotificationChannel.EMAIL, null, recipient, subject, subject, body(subject), Delivery.Status.PENDING, 0, null,
                null, null, Instant.now(), null));
    }

    static String body(String subject) {
        return "Hello, this is the body of " + subject + ".";
    }

    /** The mails the SMTP server received with this subject. */
    List<ReceivedMail> received(String subject) {
        return sandbox.mail().stream().filter(mail -> subject.equals(mail.subject())).toList();
    }

    void stopSmtpServer() {
        sandbox.close();
        sandbox = null;
    }

    /** A new SMTP server on the same port, which knows none of the old one's connections. */
    void startSmtpServer() throws IOException {
        sandbox = ChannelSandbox.start(new SandboxSettings(SandboxSettings.DEFAULT_ADDRESS, 0, smtpPort));
    }

    @Override
    public void close() throws Exception {
        sender.close();
        camel.close();
        proxy.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
