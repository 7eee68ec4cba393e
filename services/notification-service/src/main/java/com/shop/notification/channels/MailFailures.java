package com.shop.notification.channels;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/** Tells a refused address, which no later attempt changes, from a mail server that gave no answer. */
final class MailFailures {

    private MailFailures() {
    }

    /** An address the mail library or the server rejects is refused for good; anything else is unavailability. */
    static boolean refusedAddress(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException
                    || cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                            && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
