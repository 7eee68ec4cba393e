package com.shop.platform.embedded;

import kafka.server.KafkaRaftServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real single-node Kafka (KRaft) whose clients must log in with SASL PLAIN, as on a secured cluster, for the tests of
 * the clients' security settings. It knows one client account, {@link #USER} with {@link #PASSWORD}.
 */
public final class SaslKafkaBroker implements AutoCloseable {

    public static final String USER = "shop";
    public static final String PASSWORD = "shop-secret";

    private static final String CLIENT_LISTENER = "SASL_PLAINTEXT";
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
            SingleNodeKraft.format(logDirectory);
            KafkaRaftServer server = SingleNodeKraft.start(configuration(logDirectory, port, controllerPort));
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

    /** The broker logs in to itself as {@code broker}; clients as {@link #USER}. The controller's listener stays plain. */
    private static Properties configuration(Path logDirectory, int port, int controllerPort) {
        Properties config = SingleNodeKraft.configuration(logDirectory, CLIENT_LISTENER, port, controllerPort);
        config.put("sasl.enabled.mechanisms", "PLAIN");
        config.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        config.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", PLAIN_LOGIN
                + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\" user_" + USER + "=\"" + PASSWORD + "\";");
        config.put("offsets.topic.num.partitions", "1");
        return config;
    }
}
