package com.shop.kafka;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service the {@link EventCodec} and creates the missing topics once at start-up, after
 * the beans are built and before the Camel routes start consuming or producing.
 */
@AutoConfiguration
@EnableConfigurationProperties(TopicProvisioningProperties.class)
public class TopicProvisioningAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "shop.kafka", name = "provision-topics", havingValue = "true", matchIfMissing = true)
    public TopicProvisioner topicProvisioner(@Value("${camel.component.kafka.brokers:localhost:9092}") String brokers,
                                             TopicProvisioningProperties properties) {
        return new TopicProvisioner(brokers, properties.partitions(), properties.replicationFactor());
    }

    @Bean
    @ConditionalOnProperty(prefix = "shop.kafka", name = "provision-topics", havingValue = "true", matchIfMissing = true)
    public SmartInitializingSingleton topicProvisioningAtStartup(TopicProvisioner topicProvisioner) {
        return topicProvisioner::ensureTopics;
    }
}
