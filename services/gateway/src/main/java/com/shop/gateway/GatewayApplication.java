package com.shop.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.kafka.TopicProvisioningAutoConfiguration;
import com.shop.routes.ShopRoutesAutoConfiguration;
import com.shop.routes.rest.RestPolicy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The gateway: the one address clients call. Stateless, without a database or Kafka, so the building
 * blocks that need them (topics, outbox, processed events, dead letters) stay off; the REST error policy stays on.
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        ShopRoutesAutoConfiguration.class, TopicProvisioningAutoConfiguration.class})
@ConfigurationPropertiesScan
public class GatewayApplication {

    @Bean
    RestPolicy restPolicy(ObjectMapper mapper) {
        return new RestPolicy(mapper);
    }

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
