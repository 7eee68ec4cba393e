package com.shop.platform.launcher;

import com.shop.kafka.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The platform's own Kafka and PostgreSQL, on free ports and a temporary home, keep their data across a restart; a
 * topic whose settings an older platform left differ is set to the catalogue's.
 */
class InfrastructureRestartIT {

    @TempDir
    Path home;

    @Test
    void topicsRecordsAndTablesSurviveARestartOnTheSameDataAndAnOlderPlatformsTopicSettingsAreSetRight() throws Exception {
        LaunchSettings settings = CommandLine.parse(List.of("up"), Map.of(
                "PLATFORM_HOME", home.toString(),
                "KAFKA_PORT", Integer.toString(freePort()),
                "KAFKA_CONTROLLER_PORT", Integer.toString(freePort()),
                "POSTGRES_PORT", Integer.toString(freePort())), home).settings();
        List<String> said = new ArrayList<>();

        try (Infrastructure infrastructure = Infrastructure.start(settings, said::add)) {
            assertThat(topicDescriptions(infrastructure.kafkaBootstrapServers()))
                    .allSatisfy((name, description) -> assertThat(description.partitions()).hasSize(6));
            produce(infrastructure.kafkaBootstrapServers(), "order-1", "{\"type\":\"OrderPlaced\"}");
            deleteAfterThirtyDays(infrastructure.kafkaBootstrapServers(), Topic.USERS_EVENTS.topicName());
            execute(infrastructure, "CREATE TABLE survivors (name text)", "INSERT INTO survivors VALUES ('kept')");
        }
        assertThat(said).anyMatch(line -> line.contains("(new cluster)"))
                .anyMatch(line -> line.startsWith("topics") && line.contains("orders.events.DLT"))
                .anyMatch(line -> line.contains("(created users, orders, inventory, payments, notifications)"));
        said.clear();

        try (Infrastructure restarted = Infrastructure.start(settings, said::add)) {
            assertThat(said).anyMatch(line -> line.contains("(reopened)"))
                    .contains("topics      all present")
                    .contains("topics      set to the catalogue's cleanup policy and retention: users.events")
                    .contains("databases   users, orders, inventory, payments, notifications");
            assertThat(topicDescriptions(restarted.kafkaBootstrapServers())).containsOnlyKeys(catalogue());
            assertThat(consumeAll(restarted.kafkaBootstrapServers()))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("order-1", "{\"type\":\"OrderPlaced\"}"));
            try (Connection connection = connect(restarted);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM survivors")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    private static Set<String> catalogue() {
        return Set.copyOf(Stream.of(Topic.values())
                .flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopic()))
                .toList());
    }

    private static Map<String, TopicDescription> topicDescriptions(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            assertThat(admin.listTopics().names().get()).containsAll(catalogue());
            return admin.describeTopics(catalogue()).allTopicNames().get();
        }
    }

    /** How a platform from before users.events was compacted left it. */
    private static void deleteAfterThirtyDays(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE), AlterConfigOp.OpType.SET),
                    new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(30).toMillis())),
                            AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    private static void produce(String bootstrapServers, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topic.ORDERS_EVENTS.topicName(), key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrapServers) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topic.ORDERS_EVENTS.topicName()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records;
    }

    private static void execute(Infrastructure infrastructure, String... statements) throws Exception {
        try (Connection connection = connect(infrastructure); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(Infrastructure infrastructure) throws Exception {
        return DriverManager.getConnection(infrastructure.postgres().jdbcUrl("orders"),
                infrastructure.postgres().user(), infrastructure.postgres().password());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
