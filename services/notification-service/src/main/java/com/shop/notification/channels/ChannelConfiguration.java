package com.shop.notification.channels;

import com.shop.connectors.notification.ChannelSettings;
import com.shop.connectors.notification.PushClient;
import com.shop.connectors.notification.SmsClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

/** The SMS and push clients, from {@code notification.channels.*}; mail goes through Camel's SMTP endpoint. */
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

    private static ChannelSettings settings(ChannelProperties properties, URI url) {
        return new ChannelSettings(url, properties.connectTimeout(), properties.requestTimeout());
    }
}
