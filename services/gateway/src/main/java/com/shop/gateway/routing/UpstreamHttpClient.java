package com.shop.gateway.routing;

import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client the upstream routes share: it neither retries on its own (the routes decide which
 * requests may be repeated) nor follows redirects (the client gets them as the service sent them).
 */
@Configuration(proxyBeanMethods = false)
class UpstreamHttpClient {

    @Bean
    ComponentCustomizer upstreamHttpComponent() {
        return ComponentCustomizer.forType(HttpComponent.class, component -> {
            component.setAutomaticRetriesDisabled(true);
            component.setRedirectHandlingDisabled(true);
        });
    }
}
