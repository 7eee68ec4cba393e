package com.shop.notification.channels;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.io.OutputStream;

/**
 * An SMTP connection that tells whether the message it last sent got as far as the DATA command: before that the server
 * holds nothing of the message, so a failure there can be sent again without the recipient getting it twice.
 */
final class SmtpConnection extends SMTPTransport {

    private boolean reachedData;

    SmtpConnection(Session session, URLName server) {
        super(session, server);
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        reachedData = false;
        super.sendMessage(message, addresses);
    }

    @Override
    protected OutputStream data() throws MessagingException {
        reachedData = true;
        return super.data();
    }

    @Override
    protected OutputStream bdat() throws MessagingException {
        reachedData = true;
        return super.bdat();
    }

    synchronized boolean reachedData() {
        return reachedData;
    }
}
