package com.shop.kafka;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service the {@link EventCodec} and the {@link KafkaConnection} its own Kafka clients use, and creates the
 * missing topics once at start-up, after the beans are built and before the Camel routes start consuming or producing.
 */
@AutoConfiguration
@EnableConfigurationProperties({TopicProvisioningProperties.class, KafkaConnection.class})
public class TopicProvisioningAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "shop.kafka", name = "provision-topics", havingValue = "true", matchIfMissing = true)
    public TopicProvisioner topicProvisioner(KafkaConnection connection, TopicProvisioningProperties properties) {
        return new TopicProvisioner(connection, properties.partitions(), properties.replicationFactor(),
                properties.provisioningTimeout());
    }

    @Bean
    @ConditionalOnProperty(prefix = "shop.kafka", name = "provision-topics", havingValue = "true", matchIfMissing = true)
    public SmartInitializingSingleton topicProvisioningAtStartup(TopicProvisioner topicProvisioner) {
        return topicProvisioner::ensureTopics;
    }
}
