package com.shop.kafka;

import com.shop.platform.embedded.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Provisioning against a real broker; each test first deletes the topics it expects to be created. */
class TopicProvisionerIT {

    private static final int PARTITIONS = 3;

    private static String bootstrapServers;
    private static Admin admin;

    @BeforeAll
    static void connect() {
        bootstrapServers = SharedInfrastructure.get().kafkaBootstrapServers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void createsEveryTopicAndDeadLetterTopicWithThePartitionsAndRetentionThenNothingMore() throws Exception {
        delete(catalogue());
        TopicProvisioner provisioner = new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1);

        assertThat(provisioner.ensureTopics()).containsExactlyElementsOf(catalogue());

        Map<String, TopicDescription> topics = admin.describeTopics(catalogue()).allTopicNames().get();
        assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(PARTITIONS));
        for (Topic topic : Topic.values()) {
            assertThat(retentionMs(topic.topicName())).isEqualTo(topic.retention().toMillis());
            assertThat(retentionMs(topic.deadLetterTopic())).isEqualTo(topic.deadLetterRetention().toMillis());
        }
        assertThat(provisioner.ensureTopics()).isEmpty();
    }

    @Test
    void servicesStartingTogetherCreateEachTopicOnceWithoutFailing() throws Exception {
        delete(catalogue());

        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(
                () -> new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1).ensureTopics());
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(
                () -> new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1).ensureTopics());

        List<String> created = new ArrayList<>(first.get());
        created.addAll(second.get());
        assertThat(created).containsExactlyInAnyOrderElementsOf(catalogue());
    }

    @Test
    void autoConfigurationCreatesMissingTopicsAtStartUp() throws Exception {
        new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1).ensureTopics();
        String missing = Topic.INVENTORY_RESTOCK.deadLetterTopic();
        delete(List.of(missing));

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TopicProvisioningAutoConfiguration.class))
                .withPropertyValues("camel.component.kafka.brokers=" + bootstrapServers, "shop.kafka.partitions=" + PARTITIONS)
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(admin.listTopics().names().get()).contains(missing);
        assertThat(admin.describeTopics(List.of(missing)).allTopicNames().get().get(missing).partitions())
                .hasSize(PARTITIONS);
    }

    private static List<String> catalogue() {
        return Stream.of(Topic.values()).flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopic())).toList();
    }

    private static void delete(Collection<String> names) throws Exception {
        List<String> present = admin.listTopics().names().get().stream().filter(names::contains).toList();
        admin.deleteTopics(present).all().get();
        await().until(() -> admin.listTopics().names().get().stream().noneMatch(names::contains));
    }

    private static long retentionMs(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return Long.parseLong(config.get(TopicConfig.RETENTION_MS_CONFIG).value());
    }
}
