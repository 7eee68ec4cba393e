package com.shop.connectors.notification;

import com.shop.connectors.notification.sandbox.ChannelSandbox;
import com.shop.connectors.notification.sandbox.SandboxSettings;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelClientsIT {

    private static ChannelSandbox sandbox;
    private static SmsClient sms;
    private static PushClient push;

    @BeforeAll
    static void start() throws Exception {
        sandbox = ChannelSandbox.start(SandboxSettings.anyFreePorts());
        ChannelSettings settings = new ChannelSettings(sandbox.baseUri(), Duration.ofSeconds(1), Duration.ofSeconds(2));
        sms = new SmsClient(settings, "Shop");
        push = new PushClient(settings);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void providersAreBack() {
        sandbox.sms().outage(false);
        sandbox.push().outage(false);
    }

    @Test
    void anSmsIsAcceptedAndRecordedWithItsNumberAndText() {
        String id = sms.send("+4915112345678", "Your order o-1 is confirmed");

        assertThat(sandbox.sms().received()).anySatisfy(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.to()).isEqualTo("+4915112345678");
            assertThat(message.text()).isEqualTo("Your order o-1 is confirmed");
        });
    }

    @Test
    void aBadNumberIsRefusedForGoodButAnOutageIsOnlyUnavailability() {
        assertThatThrownBy(() -> sms.send("0151-not-a-number", "hi")).isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("invalid_number");
        sandbox.sms().outage(true);
        assertThatThrownBy(() -> sms.send("+4915112345678", "hi")).isInstanceOf(ChannelUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void aPushReachesARegisteredDeviceAndAnUnregisteredOneIsRefused() {
        String id = push.send("device-42", "Order confirmed", "Total 12.50 EUR");
        assertThat(sandbox.push().received()).anySatisfy(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.title()).isEqualTo("Order confirmed");
            assertThat(message.text()).isEqualTo("Total 12.50 EUR");
        });
        assertThatThrownBy(() -> push.send("unregistered-7", "t", "b")).isInstanceOf(DeliveryRefusedException.class)
                .hasMessageContaining("404");
    }

    @Test
    void anUnreachableProviderIsUnavailable() {
        SmsClient nowhere = new SmsClient(new ChannelSettings(URI.create("http://localhost:1"), Duration.ofMillis(300),
                Duration.ofMillis(300)), "Shop");
        assertThatThrownBy(() -> nowhere.send("+4915112345678", "hi")).isInstanceOf(ChannelUnavailableException.class);
    }

    @Test
    void mailSentOverSmtpIsListedByTheSandbox() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(sandbox.smtpPort()));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress("shop@example.com"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("ada@example.com"));
        mail.setSubject("Hello Ada");
        mail.setText("Welcome to the shop");
        Transport.send(mail);

        assertThat(sandbox.mail()).anySatisfy(received -> {
            assertThat(received.to()).containsExactly("ada@example.com");
            assertThat(received.subject()).isEqualTo("Hello Ada");
            assertThat(received.body()).contains("Welcome to the shop");
        });
        HttpResponse<String> listing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(sandbox.baseUri().resolve("/mail/messages")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(listing.body()).contains("\"subject\":\"Hello Ada\"", "ada@example.com");
    }
}
