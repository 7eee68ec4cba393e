package com.shop.platform.launcher;

import com.shop.kafka.TopicProvisioner;
import com.shop.platform.embedded.EmbeddedPostgresServer;
import com.shop.platform.launcher.kafka.KafkaNode;
import com.shop.platform.launcher.postgres.PostgresEndpoint;
import com.shop.platform.launcher.services.ServiceCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Kafka and PostgreSQL for the services: the embedded ones with their data under the platform
 * home, or the ones the user pointed to. Either way the catalogue's topics and every service's
 * database exist once {@link #start} returns.
 */
public final class Infrastructure implements AutoCloseable {

    private static final short REPLICATION_FACTOR = 1;

    private final LaunchSettings settings;
    private final PlatformHome home;
    private final Consumer<String> say;
    private Optional<KafkaNode> kafkaNode = Optional.empty();
    private Optional<EmbeddedPostgresServer> postgresServer = Optional.empty();

    private Infrastructure(LaunchSettings settings, Consumer<String> say) {
        this.settings = settings;
        this.home = settings.platformHome();
        this.say = say;
    }

    /** Starts (or connects to) Kafka and PostgreSQL, telling {@code say} what it does. */
    public static Infrastructure start(LaunchSettings settings, Consumer<String> say) throws Exception {
        Infrastructure infrastructure = new Infrastructure(settings, say);
        try {
            infrastructure.startKafka();
            infrastructure.startPostgres();
            return infrastructure;
        } catch (Exception | Error e) {
            infrastructure.close();
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    public PostgresEndpoint postgres() {
        return settings.postgres();
    }

    /** Stops what was started here, Kafka first, then PostgreSQL; servers the user runs are left alone. */
    @Override
    public void close() {
        try {
            kafkaNode.ifPresent(KafkaNode::close);
        } finally {
            postgresServer.ifPresent(Infrastructure::stop);
        }
    }

    private void startKafka() throws Exception {
        if (settings.externalKafka().isPresent()) {
            say.accept("Kafka       " + kafkaBootstrapServers() + " (yours, not started here)");
        } else {
            requireFree(settings.kafkaPort(), "Kafka", "to use the Kafka that listens there, pass --kafka localhost:"
                    + settings.kafkaPort() + "; or pick another port with KAFKA_PORT");
            requireFree(settings.kafkaControllerPort(), "the Kafka controller",
                    "pick another port with KAFKA_CONTROLLER_PORT");
            KafkaNode node = KafkaNode.start(home.kafkaData(), settings.kafkaPort(), settings.kafkaControllerPort());
            kafkaNode = Optional.of(node);
            say.accept("Kafka       " + node.bootstrapServers() + (node.formatted() ? " (new cluster)" : " (reopened)")
                    + "  data " + home.kafkaData());
        }
        TopicProvisioner.Changes topics = new TopicProvisioner(kafkaBootstrapServers(), settings.partitions(), REPLICATION_FACTOR)
                .ensureTopics();
        say.accept("topics      " + (topics.created().isEmpty() ? "all present"
                : "created " + String.join(", ", topics.created().stream().sorted().toList())));
        if (!topics.reconfigured().isEmpty()) {
            say.accept("topics      set to the catalogue's cleanup policy and retention: "
                    + String.join(", ", topics.reconfigured().stream().sorted().toList()));
        }
    }

    private void startPostgres() throws Exception {
        if (settings.externalPostgres().isPresent()) {
            say.accept("PostgreSQL  " + postgres() + " (yours, not started here)");
        } else {
            requireFree(settings.postgresPort(), "PostgreSQL", "to use the PostgreSQL that listens there, pass --postgres localhost:"
                    + settings.postgresPort() + "; or pick another port with POSTGRES_PORT");
            postgresServer = Optional.of(EmbeddedPostgresServer.startPersistent(settings.postgresPort(), home.postgresData()));
            say.accept("PostgreSQL  " + postgres() + "  data " + home.postgresData());
        }
        List<String> created = new ArrayList<>();
        for (String database : ServiceCatalog.databases()) {
            if (postgres().ensureDatabase(database)) {
                created.add(database);
            }
        }
        say.accept("databases   " + String.join(", ", ServiceCatalog.databases())
                + (created.isEmpty() ? "" : " (created " + String.join(", ", created) + ")"));
    }

    private static void stop(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL", e);
        }
    }

    private static void requireFree(int port, String what, String remedy) {
        if (Ports.answers("localhost", port)) {
            throw new IllegalStateException("port " + port + " is taken, so " + what + " cannot start there: " + remedy);
        }
    }
}
