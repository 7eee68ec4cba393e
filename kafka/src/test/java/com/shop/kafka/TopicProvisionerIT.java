package com.shop.kafka;

import com.shop.platform.embedded.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Provisioning against a real broker; each test first deletes the topics it expects to be created. A topic just
 * created is awaited until the broker describes it: its metadata reaches the broker a moment after the creation.
 */
class TopicProvisionerIT {

    private static final int PARTITIONS = 3;
    private static final String USERS_EVENTS = "users.events";

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
    void createsEveryTopicAndDeadLetterTopicWithThePartitionsAndCleanupPolicyThenNothingMore() throws Exception {
        delete(catalogue());
        TopicProvisioner provisioner = new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1);

        assertThat(provisioner.ensureTopics()).isEqualTo(new TopicProvisioner.Changes(catalogue(), List.of()));

        Map<String, TopicDescription> topics = describedTopics(catalogue());
        assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(PARTITIONS));
        for (Topic topic : Topic.values()) {
            assertThat(settings(topic.topicName())).as(topic.topicName()).containsAllEntriesOf(topic.retention().topicConfig());
            assertThat(settings(topic.deadLetterTopic())).as(topic.deadLetterTopic())
                    .containsAllEntriesOf(topic.deadLetterRetention().topicConfig());
        }
        assertThat(settings(USERS_EVENTS)).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(settings(USERS_EVENTS + ".DLT")).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(14).toMillis()));
        assertThat(settings("orders.events")).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()));
        assertThat(provisioner.ensureTopics()).isEqualTo(new TopicProvisioner.Changes(List.of(), List.of()));
    }

    @Test
    void usersEventsCreatedByAnOlderVersionWithThirtyDaysOfDeleteIsCompactedOnceThenLeftAlone() throws Exception {
        TopicProvisioner provisioner = new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1);
        provisioner.ensureTopics();
        delete(List.of(USERS_EVENTS));
        String thirtyDays = Long.toString(Duration.ofDays(30).toMillis());
        admin.createTopics(List.of(new NewTopic(USERS_EVENTS, PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, thirtyDays)))).all().get();
        assertThat(settings(USERS_EVENTS)).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, thirtyDays);

        assertThat(provisioner.ensureTopics()).isEqualTo(new TopicProvisioner.Changes(List.of(), List.of(USERS_EVENTS)));

        await().untilAsserted(() -> assertThat(settings(USERS_EVENTS))
                .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .containsEntry(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()))
                .containsEntry(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofDays(14).toMillis())));
        assertThat(provisioner.ensureTopics()).isEqualTo(new TopicProvisioner.Changes(List.of(), List.of()));
    }

    @Test
    void anOperatorsOtherSettingsStayAndADriftedRetentionIsSetBack() throws Exception {
        TopicProvisioner provisioner = new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1);
        provisioner.ensureTopics();
        String dlt = Topic.ORDERS_EVENTS.deadLetterTopic();
        delete(List.of(dlt));
        admin.createTopics(List.of(new NewTopic(dlt, PARTITIONS, (short) 1).configs(Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "3600000", TopicConfig.SEGMENT_MS_CONFIG, "7200000")))).all().get();
        assertThat(settings(dlt)).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "3600000");

        assertThat(provisioner.ensureTopics().reconfigured()).containsExactly(dlt);

        await().untilAsserted(() -> assertThat(settings(dlt))
                .containsEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(14).toMillis()))
                .containsEntry(TopicConfig.SEGMENT_MS_CONFIG, "7200000"));
    }

    @Test
    void servicesStartingTogetherCreateEachTopicOnceWithoutFailing() throws Exception {
        delete(catalogue());

        CompletableFuture<TopicProvisioner.Changes> first = CompletableFuture.supplyAsync(
                () -> new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1).ensureTopics());
        CompletableFuture<TopicProvisioner.Changes> second = CompletableFuture.supplyAsync(
                () -> new TopicProvisioner(bootstrapServers, PARTITIONS, (short) 1).ensureTopics());

        List<String> created = new ArrayList<>(first.get().created());
        created.addAll(second.get().created());
        assertThat(created).containsExactlyInAnyOrderElementsOf(catalogue());
        assertThat(first.get().reconfigured()).isEmpty();
        assertThat(second.get().reconfigured()).isEmpty();
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
        assertThat(describedTopics(List.of(missing)).get(missing).partitions()).hasSize(PARTITIONS);
    }

    private static List<String> catalogue() {
        return Stream.of(Topic.values()).flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopic())).toList();
    }

    private static void delete(Collection<String> names) throws Exception {
        List<String> present = admin.listTopics().names().get().stream().filter(names::contains).toList();
        admin.deleteTopics(present).all().get();
        await().until(() -> admin.listTopics().names().get().stream().noneMatch(names::contains));
    }

    private static Map<String, TopicDescription> describedTopics(List<String> names) {
        return await().ignoreExceptionsMatching(TopicProvisionerIT::unknownTopic)
                .until(() -> admin.describeTopics(names).allTopicNames().get(), described -> described.keySet().containsAll(names));
    }

    /** The topic's settings as the broker reports them, once it knows the topic. */
    private static Map<String, String> settings(String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = await().ignoreExceptionsMatching(TopicProvisionerIT::unknownTopic)
                .until(() -> admin.describeConfigs(List.of(resource)).all().get().get(resource), described -> described != null);
        return config.entries().stream().filter(entry -> entry.value() != null)
                .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
    }

    private static boolean unknownTopic(Throwable failure) {
        return failure.getCause() instanceof UnknownTopicOrPartitionException;
    }
}
