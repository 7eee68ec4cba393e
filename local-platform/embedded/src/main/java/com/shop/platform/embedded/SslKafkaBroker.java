package com.shop.platform.embedded;

import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka (KRaft) whose clients must connect over TLS, as on a secured cluster, for the tests of the
 * clients' TLS settings. Its certificate, self-signed for {@code localhost}, is made at every start in the broker's
 * temporary folder; clients trust it with {@link #truststore()} ({@link #STORE_TYPE}, {@link #STORE_PASSWORD}).
 */
public final class SslKafkaBroker implements AutoCloseable {

    public static final String HOST_NAME = "localhost";
    public static final String STORE_PASSWORD = "shop-store-secret";
    public static final String STORE_TYPE = SelfSignedCertificate.STORE_TYPE;

    private static final String LISTENER = "SSL";

    private final TemporaryKraftNode node;
    private final Path truststore;

    private SslKafkaBroker(TemporaryKraftNode node, Path truststore) {
        this.node = node;
        this.truststore = truststore;
    }

    /** Starts a node in a new temporary folder, with a new certificate; returns once it accepts requests. */
    public static SslKafkaBroker start() {
        Path folder = TemporaryKraftNode.newFolder(LISTENER);
        SelfSignedCertificate certificate = SelfSignedCertificate.create(folder, HOST_NAME, STORE_PASSWORD);
        TemporaryKraftNode node = TemporaryKraftNode.start(folder, LISTENER, config -> serve(certificate, config));
        return new SslKafkaBroker(node, certificate.truststore());
    }

    /** The listener by the name its certificate gives. */
    public String bootstrapServers() {
        return HOST_NAME + ":" + node.port();
    }

    /** The same listener by its IP address, which the certificate does not name: a client that checks host names refuses it. */
    public String bootstrapServersByAddress() {
        return "127.0.0.1:" + node.port();
    }

    /** The PKCS12 trust store holding the broker's certificate, the one a client needs to accept it. */
    public Path truststore() {
        return truststore;
    }

    @Override
    public void close() {
        node.close();
    }

    /** The broker serves its certificate on the client listener and trusts it as the client of itself between brokers. */
    private static void serve(SelfSignedCertificate certificate, Properties config) {
        config.put("ssl.keystore.location", certificate.keystore().toString());
        config.put("ssl.keystore.password", certificate.password());
        config.put("ssl.key.password", certificate.password());
        config.put("ssl.keystore.type", STORE_TYPE);
        config.put("ssl.truststore.location", certificate.truststore().toString());
        config.put("ssl.truststore.password", certificate.password());
        config.put("ssl.truststore.type", STORE_TYPE);
    }
}
