package com.shop.platform.embedded;

import kafka.server.KafkaRaftServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A one-node Kafka on free ports with everything it writes in a temporary folder of its own, deleted when it stops:
 * what the tests' brokers with a secured client listener have in common.
 */
final class TemporaryKraftNode implements AutoCloseable {

    private final KafkaRaftServer server;
    private final Path folder;
    private final int port;

    private TemporaryKraftNode(KafkaRaftServer server, Path folder, int port) {
        this.server = server;
        this.folder = folder;
        this.port = port;
    }

    /** A new temporary folder for a node: its log, and the files its settings name. */
    static Path newFolder(String listener) {
        try {
            return Files.createTempDirectory(listener.toLowerCase(Locale.ROOT) + "-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a folder for a Kafka broker", e);
        }
    }

    /**
     * Starts a node with its log in {@code folder}, whose clients connect on {@code listener} (its name is also its
     * security protocol) with the settings {@code security} adds for it; returns once it accepts requests.
     */
    static TemporaryKraftNode start(Path folder, String listener, Consumer<Properties> security) {
        try {
            Path logDirectory = Files.createDirectory(folder.resolve("log"));
            int port = freePort();
            Properties config = SingleNodeKraft.configuration(logDirectory, listener, port, freePort());
            config.put("offsets.topic.num.partitions", "1");
            security.accept(config);
            SingleNodeKraft.format(logDirectory);
            return new TemporaryKraftNode(SingleNodeKraft.start(config), folder, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a Kafka broker with a " + listener + " listener", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start a Kafka broker with a " + listener + " listener", e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
