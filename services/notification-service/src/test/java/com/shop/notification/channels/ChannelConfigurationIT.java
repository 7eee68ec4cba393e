package com.shop.notification.channels;

import com.shop.connectors.notification.sandbox.ChannelSandbox;
import com.shop.connectors.notification.sandbox.SandboxSettings;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The mail sender as Spring builds it from {@code notification.channels.*}. */
class ChannelConfigurationIT {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(ChannelConfiguration.class, Properties.class)
            .withPropertyValues("notification.channels.email.host=localhost", "notification.channels.email.from=shop@shop.example",
                    "notification.channels.sms.url=http://localhost:9", "notification.channels.push.url=http://localhost:9");

    @Test
    void theApplicationClosesItsOpenSmtpConnectionsWhenItStops() throws Exception {
        try (ChannelSandbox sandbox = ChannelSandbox.start(SandboxSettings.anyFreePorts());
             SmtpProxy proxy = new SmtpProxy(sandbox.smtpPort())) {
            application.withPropertyValues("notification.channels.email.port=" + proxy.port()).run(context -> {
                PooledMailSender sender = context.getBean(PooledMailSender.class);
                sender.send(mail(sender, "Welcome, Ann"));
                sender.send(mail(sender, "Welcome, Bob"));
                assertThat(proxy.accepted()).isEqualTo(1);
                assertThat(proxy.open()).isEqualTo(1);
            });

            await().atMost(Duration.ofSeconds(5)).until(() -> proxy.open() == 0);
            assertThat(sandbox.mail()).extracting(mail -> mail.subject()).containsExactly("Welcome, Ann", "Welcome, Bob");
        }
    }

    @Test
    void noConnectionsOrNoTimeToStayOpenStopsTheStartNamingTheSetting() {
        application.withPropertyValues("notification.channels.email.port=2525", "notification.channels.email.connections=0")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("email.connections"));
        application.withPropertyValues("notification.channels.email.port=2525", "notification.channels.email.max-idle=0s")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("email.maxIdle"));
    }

    private static MimeMessage mail(PooledMailSender sender, String subject) throws Exception {
        MimeMessage message = new MimeMessage(sender.getSession());
        message.setFrom("shop@shop.example");
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("ann@example.com"));
        message.setSubject(subject);
        message.setText("Hello");
        return message;
    }

    @EnableConfigurationProperties(ChannelProperties.class)
    static class Properties {
    }
}
