package com.shop.notification.channels;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailStreamsTest {

    @Test
    void jakartaMailTakesAngusMailsStreamProviderFromTheSystemProperty() {
        MailStreams.nameTheProvider();

        assertThat(System.getProperty(MailStreams.PROVIDER_PROPERTY)).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }
}
