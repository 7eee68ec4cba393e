package com.shop.platform.launcher.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running inside the launcher's
 * JVM, with its log in a folder of its own so that topics and records survive a restart.
 */
public final class KafkaNode implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";

    private final KafkaRaftServer server;
    private final int port;
    private final boolean formatted;

    private KafkaNode(KafkaRaftServer server, int port, boolean formatted) {
        this.server = server;
        this.port = port;
        this.formatted = formatted;
    }

    /**
     * Starts a node that serves clients on {@code port}, formatting {@code logDirectory} first
     * when it holds no Kafka log yet; returns once the broker accepts requests.
     */
    public static KafkaNode start(Path logDirectory, int port, int controllerPort) throws Exception {
        Files.createDirectories(logDirectory);
        boolean format = !Files.exists(logDirectory.resolve("meta.properties"));
        if (format) {
            format(logDirectory);
        }
        KafkaRaftServer server = new KafkaRaftServer(
                KafkaConfig.fromProps(configuration(logDirectory, port, controllerPort)), Time.SYSTEM);
        server.startup();
        return new KafkaNode(server, port, format);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Whether this start formatted an empty log directory (a new cluster) rather than reopening one. */
    public boolean formatted() {
        return formatted;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
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

    private static Properties configuration(Path logDirectory, int port, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", BROKER_LISTENER + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        config.put("advertised.listeners", BROKER_LISTENER + "://localhost:" + port);
        config.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", BROKER_LISTENER);
        config.put("log.dirs", logDirectory.toString());
        config.put("auto.create.topics.enable", "false");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "6");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("min.insync.replicas", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return config;
    }
}
