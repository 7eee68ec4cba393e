package com.shop.platform.launcher.kafka;

import com.shop.platform.embedded.SingleNodeKraft;
import kafka.server.KafkaRaftServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running inside the launcher's
 * JVM, with its log in a folder of its own so that topics and records survive a restart.
 */
public final class KafkaNode implements AutoCloseable {

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
            SingleNodeKraft.format(logDirectory);
        }
        Properties config = SingleNodeKraft.configuration(logDirectory, "PLAINTEXT", port, controllerPort);
        config.put("offsets.topic.num.partitions", "6");
        return new KafkaNode(SingleNodeKraft.start(config), port, format);
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
}
