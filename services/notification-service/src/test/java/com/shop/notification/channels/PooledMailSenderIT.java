package com.shop.notification.channels;

import com.shop.connectors.notification.ChannelUnavailableException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Mail over SMTP connections kept open, against the sandbox's real SMTP server. */
@Timeout(60)
class PooledMailSenderIT {

    private static final Duration MAX_IDLE = Duration.ofSeconds(20);

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
    private final InstantSource clock = now::get;
    private MailChannelBed bed;

    @AfterEach
    void stop() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void mailsSentOneAfterAnotherGoOverOneConnection() throws Exception {
        bed = new MailChannelBed(4, MAX_IDLE, clock);

        for (int i = 1; i <= 5; i++) {
            assertThat(bed.mail("ann@example.com", "Your order o-" + i + " is confirmed").accepted()).isTrue();
        }

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(i -> bed.received("Your order o-" + i + " is confirmed")))
                .allSatisfy(mails -> assertThat(mails).hasSize(1));
        assertThat(bed.proxy.accepted()).isEqualTo(1);
        assertThat(bed.proxy.open()).as("kept open for the next mail").isEqualTo(1);
    }

    @Test
    void mailsSentFromSeveralThreadsAtOnceAllArriveIntactOverNoMoreConnectionsThanThePoolHolds() throws Exception {
        bed = new MailChannelBed(3, MAX_IDLE, clock);
        List<Callable<SendResult>> mails = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String subject = "Receipt r-" + i;
            mails.add(() -> bed.mail("ann" + subject.hashCode() + "@example.com", subject));
        }

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<SendResult> result : threads.invokeAll(mails)) {
                assertThat(result.get().accepted()).isTrue();
            }
        } finally {
            threads.shutdown();
        }

        for (int i = 0; i < 60; i++) {
            String subject = "Receipt r-" + i;
            assertThat(bed.received(subject)).singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("ann" + subject.hashCode() + "@example.com");
                assertThat(mail.body().trim()).isEqualTo(MailChannelBed.body(subject));
            });
        }
        assertThat(bed.proxy.mostOpen()).isLessThanOrEqualTo(3);
        assertThat(bed.proxy.accepted()).isLessThanOrEqualTo(3);
    }

    @Test
    void afterTheMailServerRestartsTheNextMailGoesOutOnceOverANewConnection() throws Exception {
        bed = new MailChannelBed(4, MAX_IDLE, clock);
        bed.mail("ann@example.com", "Welcome, Ann");

        bed.stopSmtpServer();
        bed.startSmtpServer();
        await().atMost(Duration.ofSeconds(5)).until(() -> bed.proxy.open() == 0);

        assertThat(bed.mail("bob@example.com", "Welcome, Bob").accepted()).isTrue();
        assertThat(bed.received("Welcome, Bob")).hasSize(1);
        assertThat(bed.proxy.accepted()).isEqualTo(2);
    }

    @Test
    void aConnectionUnusedForLongerThanMaxIdleIsClosedInsteadOfReused() throws Exception {
        bed = new MailChannelBed(4, MAX_IDLE, clock);
        bed.mail("ann@example.com", "Welcome, Ann");

        now.set(now.get().plus(MAX_IDLE));
        bed.mail("bob@example.com", "Welcome, Bob");
        assertThat(bed.proxy.accepted()).as("unused for exactly max-idle: reused").isEqualTo(1);

        now.set(now.get().plus(MAX_IDLE).plusMillis(1));
        bed.mail("cy@example.com", "Welcome, Cy");
        assertThat(bed.proxy.accepted()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> bed.proxy.open() == 1);
        assertThat(bed.received("Welcome, Cy")).hasSize(1);
    }

    @Test
    void aMailWhoseAnswerWasLostAfterItsDataIsNotResentByThePool() throws Exception {
        bed = new MailChannelBed(4, MAX_IDLE, clock);
        bed.mail("ann@example.com", "Welcome, Ann");

        bed.proxy.loseNextAnswerToData();
        assertThatThrownBy(() -> bed.mail("bob@example.com", "Welcome, Bob")).isInstanceOf(ChannelUnavailableException.class);

        assertThat(bed.received("Welcome, Bob")).as("the server took it once, and the pool did not send it again").hasSize(1);
        assertThat(bed.proxy.accepted()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> bed.proxy.open() == 0);
        assertThat(bed.mail("cy@example.com", "Welcome, Cy").accepted()).isTrue();
        assertThat(bed.proxy.accepted()).as("the failed connection is not reused").isEqualTo(2);
    }

    @Test
    void closingTheSenderClosesItsOpenConnections() throws Exception {
        bed = new MailChannelBed(4, MAX_IDLE, clock);
        bed.mail("ann@example.com", "Welcome, Ann");
        assertThat(bed.proxy.open()).isEqualTo(1);

        bed.sender.close();

        await().atMost(Duration.ofSeconds(5)).until(() -> bed.proxy.open() == 0);
    }

    @Test
    void sendersWaitForAFreeConnectionNoLongerThanTheTimeoutWhenTheServerHangs() throws Exception {
        Duration timeout = Duration.ofMillis(500);
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             PooledMailSender sender = new PooledMailSender(
                     new ChannelProperties.Email("localhost", hung.getLocalPort(), "shop@shop.example", 1, MAX_IDLE), timeout, clock)) {
            List<Callable<String>> mails = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                mails.add(() -> failureOf(sender));
            }

            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<String> failures = new ArrayList<>();
                for (Future<String> failure : threads.invokeAll(mails)) {
                    failures.add(failure.get());
                }
                assertThat(failures).as("one sender holds the only connection; the others give up waiting for it")
                        .allSatisfy(failure -> assertThat(failure).isNotNull())
                        .anySatisfy(failure -> assertThat(failure).contains("no SMTP connection", "came free within 500 ms"));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /** Sends a mail that the hung server never answers; returns the failure's message. */
    private static String failureOf(PooledMailSender sender) {
        try {
            MimeMessage message = new MimeMessage(sender.getSession());
            message.setFrom("shop@shop.example");
            message.setRecipients(Message.RecipientType.TO, "ann@example.com");
            message.setSubject("Welcome, Ann");
            message.setText("Hello");
            sender.send(message);
            return null;
        } catch (MessagingException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
