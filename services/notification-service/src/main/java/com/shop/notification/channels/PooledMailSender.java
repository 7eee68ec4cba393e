package com.shop.notification.channels;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The sender behind Camel's SMTP endpoint, keeping connections open for the next mails: Camel's own connects, greets
 * and quits for every message, which cost this service and the mail server more CPU than the mail itself. At most
 * {@code connections} are open, each used by one thread at a time; one left unused longer than {@code maxIdle} or one
 * that failed is closed, and the rest close with the application.
 */
public class PooledMailSender extends DefaultJavaMailSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PooledMailSender.class);

    private final Semaphore connections;
    private final Duration timeout;
    private final Duration maxIdle;
    private final InstantSource clock;
    /** The open connections no thread is using, the most recently used first; guarded by itself. */
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    public PooledMailSender(ChannelProperties.Email email, Duration timeout, InstantSource clock) {
        this.connections = new Semaphore(email.connections());
        this.timeout = timeout;
        this.maxIdle = email.maxIdle();
        this.clock = clock;
        setProtocol("smtp");
        setHost(email.host());
        setPort(email.port());
        Properties properties = getJavaMailProperties();
        properties.putAll(System.getProperties());
        properties.setProperty("mail.smtp.host", email.host());
        properties.setProperty("mail.smtp.port", Integer.toString(email.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(timeout.toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(timeout.toMillis()));
        setSession(Session.getInstance(properties));
    }

    /**
     * Sends over an open connection, or a new one. When the open one turns out closed by the server before the message
     * reached it (a restart, its idle timeout), the message goes once more over a new connection; a failure from the
     * DATA command on is not sent again, as the server may have taken the message.
     */
    @Override
    public void send(MimeMessage message) throws MessagingException {
        prepare(message);
        Address[] recipients = message.getAllRecipients();
        acquire();
        try {
            SmtpConnection reused = reusable();
            if (reused != null) {
                try {
                    sendOver(reused, message, recipients);
                    return;
                } catch (MessagingException e) {
                    if (reused.reachedData() || MailFailures.refusedAddress(e)) {
                        throw e;
                    }
                    LOG.info("An open SMTP connection to {}:{} failed before the message ({}): sending it over a new one",
                            getHost(), getPort(), e.getMessage());
                    sendOverNewConnection(message, recipients, e);
                    return;
                }
            }
            sendOver(connect(), message, recipients);
        } finally {
            connections.release();
        }
    }

    @Override
    protected SmtpConnection getTransport(Session session) {
        return new SmtpConnection(session, new URLName(getProtocol(), getHost(), getPort(), null, null, null));
    }

    /** Closes the open connections; a mail still being sent closes its own when done. */
    @Override
    public void close() {
        List<SmtpConnection> open = new ArrayList<>();
        synchronized (idle) {
            closed = true;
            idle.forEach(entry -> open.add(entry.connection()));
            idle.clear();
        }
        open.forEach(PooledMailSender::quit);
    }

    /** What Camel's sender does to a message first: dates it, and keeps a Message-ID that was set. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    private void sendOverNewConnection(MimeMessage message, Address[] recipients, MessagingException first)
            throws MessagingException {
        try {
            sendOver(connect(), message, recipients);
        } catch (MessagingException e) {
            e.addSuppressed(first);
            throw e;
        }
    }

    /** Waits for a free connection as long as for a server's answer: a server that hangs fails each sender in time. */
    private void acquire() throws MessagingException {
        try {
            if (!connections.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MessagingException("no SMTP connection to " + getHost() + ":" + getPort() + " came free within "
                        + timeout.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("interrupted while waiting for an SMTP connection", e);
        }
    }

    private SmtpConnection connect() throws MessagingException {
        SmtpConnection connection = getTransport(getSession());
        PasswordAuthentication login = getPasswordAuthentication();
        connection.connect(getHost(), getPort(), login.getUserName(), login.getPassword());
        return connection;
    }

    private void sendOver(SmtpConnection connection, MimeMessage message, Address[] recipients) throws MessagingException {
        boolean sent = false;
        try {
            connection.sendMessage(message, recipients);
            sent = true;
        } finally {
            if (sent) {
                release(connection);
            } else {
                quit(connection);
            }
        }
    }

    /** The most recently used open connection, if one was used recently enough; those idle too long are closed. */
    private SmtpConnection reusable() {
        List<SmtpConnection> expired = new ArrayList<>();
        Idle latest;
        synchronized (idle) {
            expire(expired);
            latest = idle.pollFirst();
        }
        expired.forEach(PooledMailSender::quit);
        return latest == null ? null : latest.connection();
    }

    private void release(SmtpConnection connection) {
        List<SmtpConnection> toClose = new ArrayList<>();
        synchronized (idle) {
            if (closed) {
                toClose.add(connection);
            } else {
                idle.addFirst(new Idle(connection, clock.instant()));
            }
            expire(toClose);
        }
        toClose.forEach(PooledMailSender::quit);
    }

    /** Moves the connections unused for longer than {@code maxIdle} (the last ones) to {@code expired}. */
    private void expire(List<SmtpConnection> expired) {
        Instant usedSince = clock.instant().minus(maxIdle);
        while (!idle.isEmpty() && idle.peekLast().since().isBefore(usedSince)) {
            expired.add(idle.pollLast().connection());
        }
    }

    private static void quit(SmtpConnection connection) {
        try {
            connection.close();
        } catch (MessagingException e) {
            LOG.debug("closing an SMTP connection failed; it is dropped anyway", e);
        }
    }

    private record Idle(SmtpConnection connection, Instant since) {
    }
}
