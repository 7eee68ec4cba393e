package com.shop.routes;

import com.shop.kafka.Topic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults every service shares, at the lowest precedence so a service's application.yml or the
 * environment overrides any of them: a {@code topics.*} placeholder per catalogue topic (for endpoint
 * URIs such as {@code kafka:{{topics.orders-events}}}), the Kafka settings that keep events safe, and
 * the operability every service offers (health groups, Prometheus, Hawtio with Jolokia, OpenAPI).
 */
public class ShopDefaults implements EnvironmentPostProcessor {

    private static final String ENDPOINT_ALGORITHM = "camel.component.kafka.ssl-endpoint-algorithm";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        for (Topic topic : Topic.values()) {
            String property = topic.topicName().replace('.', '-');
            defaults.put("topics." + property, topic.topicName());
            defaults.put("topics." + property + "-dlt", topic.deadLetterTopic());
        }
        defaults.put("shop.service-name", "${spring.application.name:shop-service}");
        defaults.put("camel.component.kafka.brokers", "${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}");
        defaults.put("camel.component.kafka.auto-offset-reset", "earliest");
        defaults.put("camel.component.kafka.break-on-first-error", "true");
        // at least once, committed by Camel (with the commit factory bean of ShopRoutesAutoConfiguration): the offsets
        // of the records it processed, a dead-lettered one included, synchronously per partition after each poll, on a
        // rebalance and when a consumer stops mid-poll; a record that failed unhandled is not committed and is consumed
        // again. The client's auto-commit every 5 s made a restart replay everything since its last commit.
        defaults.put("camel.component.kafka.auto-commit-enable", "false");
        defaults.put("camel.component.kafka.allow-manual-commit", "true");
        defaults.put("camel.component.kafka.request-required-acks", "all");
        defaults.put("camel.component.kafka.enable-idempotence", "true");
        // a stopping consumer and the consumer's health check (which needs the client's lock) both wait for the
        // poll in progress: a short poll keeps a stop within a second and readiness answering in well under one
        defaults.put("camel.component.kafka.poll-timeout-ms", "200");
        // how long the group waits for a member that stopped heartbeating (a killed or frozen instance) before its
        // partitions go to another member: the rebalance that a restart of the instance asks for waits for that too,
        // and Kafka's 45 s held a restarted instance idle for most of that time (GroupMembership checks the heartbeat)
        defaults.put("camel.component.kafka.session-timeout-ms", "${KAFKA_SESSION_TIMEOUT_MS:10000}");
        defaults.put("camel.main.use-mdc-logging", "true");
        defaults.put("spring.flyway.locations", "classpath:db/migration,classpath:db/shop");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("camel.rest.component", "platform-http");
        defaults.put("camel.rest.api-context-path", "/api-doc");
        defaults.put("camel.metrics.enable-route-policy", "true");
        // per route only: the context-wide figures, which counted every exchange of every route once more, are the
        // sums of the per-route ones
        defaults.put("camel.metrics.route-policy-level", "route");
        // per-endpoint timers on top of the per-route ones: each exchange searched the whole meter registry
        defaults.put("camel.metrics.enable-exchange-event-notifier", "false");
        // no logback.events counter: its turbo filter runs on every log level check, and Camel checks the level of its
        // loggers several times per processor step (a twentieth of the gateway's CPU per request)
        defaults.put("spring.autoconfigure.exclude",
                "org.springframework.boot.actuate.autoconfigure.metrics.LogbackMetricsAutoConfiguration");
        defaults.put("spring.jmx.enabled", "true");
        defaults.put("camel.main.jmx-enabled", "true");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,hawtio,jolokia");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db,camelHealth");
        // health is public: it names each component and its status, never the details (database, disk, versions);
        // an admin reads those in Hawtio (the Health MBean)
        defaults.put("management.endpoint.health.show-components", "always");
        defaults.put("management.endpoint.health.show-details", "never");
        defaults.put("management.metrics.tags.service", "${shop.service-name}");
        defaults.put("hawtio.authenticationEnabled", "${HAWTIO_AUTHENTICATION_ENABLED:false}");
        defaults.put("logging.level.org.apache.kafka", "WARN");
        defaults.put("logging.pattern.level", "%5p [${shop.service-name},%X{correlationId:-}]");
        environment.getPropertySources().addLast(new MapPropertySource("shop-defaults", defaults));
        kafkaSecurity(environment);
    }

    /**
     * How every Kafka client of a service logs in to a secured cluster: the Camel component's options, which the
     * platform's own clients read too (KafkaConnection), from the KAFKA_* variables. A variable left empty sets nothing,
     * so the client's default stays; an endpoint algorithm of {@code none} turns host name verification off.
     */
    private static void kafkaSecurity(ConfigurableEnvironment environment) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("camel.component.kafka.security-protocol", "${KAFKA_SECURITY_PROTOCOL:}");
        options.put("camel.component.kafka.sasl-mechanism", "${KAFKA_SASL_MECHANISM:}");
        options.put("camel.component.kafka.sasl-jaas-config", "${KAFKA_SASL_JAAS_CONFIG:}");
        options.put("camel.component.kafka.ssl-truststore-location", "${KAFKA_SSL_TRUSTSTORE_LOCATION:}");
        options.put("camel.component.kafka.ssl-truststore-password", "${KAFKA_SSL_TRUSTSTORE_PASSWORD:}");
        options.put("camel.component.kafka.ssl-truststore-type", "${KAFKA_SSL_TRUSTSTORE_TYPE:}");
        options.put("camel.component.kafka.ssl-keystore-location", "${KAFKA_SSL_KEYSTORE_LOCATION:}");
        options.put("camel.component.kafka.ssl-keystore-password", "${KAFKA_SSL_KEYSTORE_PASSWORD:}");
        options.put("camel.component.kafka.ssl-keystore-type", "${KAFKA_SSL_KEYSTORE_TYPE:}");
        options.put("camel.component.kafka.ssl-key-password", "${KAFKA_SSL_KEY_PASSWORD:}");
        options.put(ENDPOINT_ALGORITHM, "${KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM:}");
        environment.getPropertySources().addLast(new KafkaSecurityVariables(options, environment));
    }

    /**
     * Each security option, read from its variable when it is asked for rather than once at start-up, so that a variable
     * from a property source added later (a test's {@code @DynamicPropertySource}, a {@code @PropertySource}) counts as
     * one from the environment, as {@code KAFKA_BOOTSTRAP_SERVERS} does.
     */
    private static final class KafkaSecurityVariables extends PropertySource<Map<String, String>> {

        private final ConfigurableEnvironment environment;

        KafkaSecurityVariables(Map<String, String> variables, ConfigurableEnvironment environment) {
            super("shop-kafka-security", variables);
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            String variable = source.get(name);
            if (variable == null) {
                return null;
            }
            String value = environment.resolvePlaceholders(variable);
            if (value.isBlank()) {
                return null;
            }
            // Camel hands an empty algorithm on to Kafka, which then checks no host name; Camel's own "none" leaves it on
            return name.equals(ENDPOINT_ALGORITHM) && value.strip().equalsIgnoreCase("none") ? "" : value;
        }
    }
}
