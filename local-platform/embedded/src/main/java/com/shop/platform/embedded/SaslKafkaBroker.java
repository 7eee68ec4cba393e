package com.shop.platform.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real single-node Kafka (KRaft) whose clients must log in with SASL PLAIN, as on a secured cluster, for the tests of
 * the clients' security settings. It knows one client account, {@link #USER} with {@link #PASSWORD}.
 */
public final class SaslKafkaBroker implements AutoCloseable {

    public static final String USER = "shop";
    public static final String PASSWORD = "shop-secret";

    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "SASL_PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule required";

    private final KafkaRaftServer server;
    private final Path logDirectory;
    private final int port;

    private SaslKafkaBroker(KafkaRaftServer server, Path logDirectory, int port) {
        this.server = server;
        this.logDirectory = logDirectory;
        this.port = port;
    }

    /** Starts a node in a new temporary folder; returns once it accepts requests. */
    public static SaslKafkaBroker start() {
        try {
            Path logDirectory = Files.createTempDirectory("sasl-kafka");
            int port = freePort();
            int controllerPort = freePort();
            format(logDirectory);
            KafkaRaftServer server = new KafkaRaftServer(
                    KafkaConfig.fromProps(configuration(logDirectory, port, controllerPort)), Time.SYSTEM);
            server.startup();
            return new SaslKafkaBroker(server, logDirectory, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a Kafka broker with SASL", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start a Kafka broker with SASL", e);
        }
    }

    /** The JAAS configuration of a PLAIN login as {@code user} with {@code password}. */
    public static String plainLogin(String user, String password) {
        return PLAIN_LOGIN + " username=\"" + user + "\" password=\"" + password + "\";";
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        try (Stream<Path> files = Files.walk(logDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + logDirectory, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void format(Path logDirectory) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .run();
    }

    /** The broker logs in to itself as {@code broker}; clients as {@link #USER}. The controller's listener stays plain. */
    private static Properties configuration(Path logDirectory, int port, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", CLIENT_LISTENER + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        config.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", CLIENT_LISTENER);
        config.put("sasl.enabled.mechanisms", "PLAIN");
        config.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        config.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", PLAIN_LOGIN
                + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\" user_" + USER + "=\"" + PASSWORD + "\";");
        config.put("log.dirs", logDirectory.toString());
        config.put("auto.create.topics.enable", "false");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return config;
    }
}
