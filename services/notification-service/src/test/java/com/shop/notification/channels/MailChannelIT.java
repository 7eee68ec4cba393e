package com.shop.notification.channels;

import com.shop.connectors.notification.ChannelUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What the mail channel answers over connections kept open: a refused address, a mail server that is down. */
@Timeout(60)
class MailChannelIT {

    private MailChannelBed bed;

    @AfterEach
    void stop() throws Exception {
        bed.close();
    }

    @Test
    void anAddressTheServerRefusesIsRefusedForGoodNotSentAgainAndItsConnectionClosed() throws Exception {
        bed = new MailChannelBed(1, Duration.ofSeconds(20), Clock.systemUTC());
        bed.mail("ann@example.com", "Welcome, Ann");
        bed.proxy.refuse("nobody@example.com");

        SendResult result = bed.mail("nobody@example.com", "Welcome, nobody");

        assertThat(result.accepted()).isFalse();
        assertThat(result.detail()).startsWith("SMTP: ").contains("Invalid Addresses");
        assertThat(bed.proxy.accepted()).as("not sent again over a new connection").isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> bed.proxy.open() == 0);
        assertThat(bed.mail("bob@example.com", "Welcome, Bob").accepted()).isTrue();
        assertThat(bed.received("Welcome, Bob")).hasSize(1);
    }

    @Test
    void aMalformedAddressIsRefusedForGood() throws Exception {
        bed = new MailChannelBed(1, Duration.ofSeconds(20), Clock.systemUTC());

        SendResult result = bed.mail("ann@@example.com", "Welcome, Ann");

        assertThat(result.accepted()).isFalse();
        assertThat(bed.proxy.accepted()).isZero();
    }

    @Test
    void whileTheMailServerIsDownTheChannelIsUnavailableAndMailGoesOutOnceItIsBack() throws Exception {
        bed = new MailChannelBed(1, Duration.ofSeconds(20), Clock.systemUTC());
        bed.mail("ann@example.com", "Welcome, Ann");
        bed.stopSmtpServer();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> bed.mail("bob@example.com", "Welcome, Bob")).isInstanceOf(ChannelUnavailableException.class)
                    .hasMessageStartingWith("SMTP: ");
        }

        bed.startSmtpServer();
        assertThat(bed.mail("bob@example.com", "Welcome, Bob").accepted()).isTrue();
        assertThat(bed.received("Welcome, Bob")).hasSize(1);
    }
}
