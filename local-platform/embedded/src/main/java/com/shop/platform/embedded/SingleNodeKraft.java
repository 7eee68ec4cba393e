package com.shop.platform.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A real Kafka of one node (KRaft, broker and controller in one) running in this JVM, as the launcher runs it for the
 * local platform and the tests run it with a secured listener: its log folder's format and the settings both share.
 */
public final class SingleNodeKraft {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private SingleNodeKraft() {
    }

    /** Formats an empty {@code logDirectory} as the log of a new one-node cluster. */
    public static void format(Path logDirectory) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .run();
    }

    /**
     * The settings of a node that serves clients on {@code listener} (its name is also its security protocol) at
     * {@code port}, and its controller in plain text at {@code controllerPort}; topics are only ever created on purpose.
     */
    public static Properties configuration(Path logDirectory, String listener, int port, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", listener + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        config.put("advertised.listeners", listener + "://localhost:" + port);
        config.put("listener.security.protocol.map", listener + ":" + listener + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", listener);
        config.put("log.dirs", logDirectory.toString());
        config.put("auto.create.topics.enable", "false");
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("min.insync.replicas", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return config;
    }

    /** Starts a node with {@code config}; returns once it accepts requests. */
    public static KafkaRaftServer start(Properties config) {
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        server.startup();
        return server;
    }
}
