package com.shop.routes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The servlet filters every HTTP server of the platform shares, the gateway included (which does without the rest of
 * {@code ShopRoutesAutoConfiguration}).
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ShopHttpProperties.class)
public class ShopHttpAutoConfiguration {

    /** Before the token checks and any filter that reads a body (Spring's form filter is at -9900). */
    static final int REQUEST_BODY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(ShopHttpProperties properties, ObjectMapper mapper) {
        FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter(properties.maxRequestBody(), new ServletProblems(mapper)));
        registration.setOrder(REQUEST_BODY_FILTER_ORDER);
        return registration;
    }
}
