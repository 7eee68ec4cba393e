package com.shop.platform.embedded;

import java.util.Properties;

/**
 * A real single-node Kafka (KRaft) whose clients must log in with SASL PLAIN, as on a secured cluster, for the tests of
 * the clients' security settings. It knows one client account, {@link #USER} with {@link #PASSWORD}.
 */
public final class SaslKafkaBroker implements AutoCloseable {

    public static final String USER = "shop";
    public static final String PASSWORD = "shop-secret";

    private static final String LISTENER = "SASL_PLAINTEXT";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule required";

    private final TemporaryKraftNode node;

    private SaslKafkaBroker(TemporaryKraftNode node) {
        this.node = node;
    }

    /** Starts a node in a new temporary folder; returns once it accepts requests. */
    public static SaslKafkaBroker start() {
        return new SaslKafkaBroker(TemporaryKraftNode.start(TemporaryKraftNode.newFolder(LISTENER), LISTENER,
                SaslKafkaBroker::plainLogins));
    }

    /** The JAAS configuration of a PLAIN login as {@code user} with {@code password}. */
    public static String plainLogin(String user, String password) {
        return PLAIN_LOGIN + " username=\"" + user + "\" password=\"" + password + "\";";
    }

    public String bootstrapServers() {
        return "localhost:" + node.port();
    }

    @Override
    public void close() {
        node.close();
    }

    /** The broker logs in to itself as {@code broker}; clients as {@link #USER}. The controller's listener stays plain. */
    private static void plainLogins(Properties config) {
        config.put("sasl.enabled.mechanisms", "PLAIN");
        config.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        config.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", PLAIN_LOGIN
                + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\" user_" + USER + "=\"" + PASSWORD + "\";");
    }
}
