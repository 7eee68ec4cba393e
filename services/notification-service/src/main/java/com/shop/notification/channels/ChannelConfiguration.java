package com.shop.notification.channels;

import com.shop.connectors.notification.ChannelSettings;
import com.shop.connectors.notification.PushClient;
import com.shop.connectors.notification.SmsClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.InstantSource;

/**
 * The SMS and push clients, and the sender with the SMTP connections that Camel's SMTP endpoint sends mail over, from
 * {@code notification.channels.*}.
 */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    @Bean
    SmsClient smsClient(ChannelProperties properties) {
        return new SmsClient(settings(properties, properties.sms().url()), properties.sms().sender());
    }

    @Bean
    PushClient pushClient(ChannelProperties properties) {
        return new PushClient(settings(properties, properties.push().url()));
    }

    /** Spring closes its connections when the application stops, after Camel's routes. */
    @Bean
    PooledMailSender mailSender(ChannelProperties properties) {
        return new PooledMailSender(properties.email(), properties.connectTimeout(), InstantSource.system());
    }

    private static ChannelSettings settings(ChannelProperties properties, URI url) {
        return new ChannelSettings(url, properties.connectTimeout(), properties.requestTimeout());
    }
}
