package com.shop.payment.provider;

import com.shop.connectors.payment.PaymentProviderClient;
import com.shop.connectors.payment.PaymentProviderSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provider's client, from {@code payment.provider.*}. */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    @Bean
    PaymentProviderClient paymentProviderClient(ProviderProperties properties) {
        return new PaymentProviderClient(new PaymentProviderSettings(properties.url(), properties.connectTimeout(),
                properties.requestTimeout()));
    }
}
