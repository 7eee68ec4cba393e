package com.shop.notification.channels;

import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Jakarta Mail 2.1 looks up its stream provider with a ServiceLoader each time it encodes a part or a header
 * (jakartaee/mail-api#861), which reads every jar on the class path: a tenth of this service's CPU per mail.
 * The system property it reads first, naming Angus Mail's provider, makes that lookup a loaded class.
 */
final class MailStreams {

    static final String PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    private MailStreams() {
    }

    /** Names Angus Mail's provider, unless the JVM was started with one. */
    static void nameTheProvider() {
        System.getProperties().putIfAbsent(PROVIDER_PROPERTY, MailStreamProvider.class.getName());
    }
}
