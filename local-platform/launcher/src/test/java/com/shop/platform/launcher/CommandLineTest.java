package com.shop.platform.launcher;

import com.shop.platform.launcher.postgres.PostgresEndpoint;
import com.shop.platform.launcher.services.ServiceDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CommandLineTest {

    private static final Path REPOSITORY = Path.of("/work/shop");

    private static CommandLine parse(Map<String, String> env, String... args) {
        return CommandLine.parse(List.of(args), env, REPOSITORY);
    }

    @Test
    void noArgumentsAsksForHelp() {
        assertThat(parse(Map.of()).command()).isEqualTo(Command.HELP);
        assertThat(parse(Map.of(), "up", "--help").command()).isEqualTo(Command.HELP);
    }

    @Test
    void upWithoutSettingsStartsEmbeddedKafkaAndPostgresOnTheDesignPorts() {
        CommandLine commandLine = parse(Map.of(), "up");

        LaunchSettings settings = commandLine.settings();
        assertThat(commandLine.command()).isEqualTo(Command.UP);
        assertThat(settings.home()).isEqualTo(Path.of("/work/shop/.platform"));
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.postgresPort()).isEqualTo(15432);
        assertThat(settings.partitions()).isEqualTo(6);
        assertThat(settings.fresh()).isFalse();
        assertThat(settings.externalKafka()).isEmpty();
        assertThat(settings.externalPostgres()).isEmpty();
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:9092");
        assertThat(settings.postgres()).isEqualTo(new PostgresEndpoint("localhost", 15432, "postgres", "postgres"));
        assertThat(settings.services()).extracting(ServiceDefinition::name, ServiceDefinition::port).containsExactly(
                tuple("gateway", 8080),
                tuple("user-service", 8081),
                tuple("order-service", 8082),
                tuple("inventory-service", 8083),
                tuple("payment-service", 8084),
                tuple("notification-service", 8085));
    }

    @Test
    void environmentMovesTheHomeAndThePorts() {
        LaunchSettings settings = parse(Map.of(
                "PLATFORM_HOME", "/tmp/shop-state",
                "KAFKA_PORT", "19092",
                "KAFKA_CONTROLLER_PORT", "19093",
                "POSTGRES_PORT", "25432",
                "KAFKA_PARTITIONS", "3",
                "INVENTORY_SERVICE_PORT", "9083"), "status").settings();

        assertThat(settings.home()).isEqualTo(Path.of("/tmp/shop-state"));
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:19092");
        assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
        assertThat(settings.postgres().port()).isEqualTo(25432);
        assertThat(settings.partitions()).isEqualTo(3);
        assertThat(settings.services()).filteredOn(service -> service.name().equals("inventory-service"))
                .singleElement().extracting(ServiceDefinition::port).isEqualTo(9083);
    }

    @Test
    void kafkaFlagWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("PLATFORM_KAFKA", "broker-a:9092");

        assertThat(parse(env, "up").settings().externalKafka()).contains("broker-a:9092");
        assertThat(parse(env, "up", "--kafka", "broker-b:29092").settings().externalKafka()).contains("broker-b:29092");
        assertThat(parse(env, "up", "--kafka=broker-c").settings().kafkaBootstrapServers()).isEqualTo("broker-c:9092");
        assertThat(parse(Map.of(), "up", "--kafka", "a:1,b:2").settings().kafkaBootstrapServers()).isEqualTo("a:1,b:2");
    }

    @Test
    void externalPostgresTakesItsAddressFromFlagOrEnvironmentAndItsCredentialsFromTheEnvironment() {
        Map<String, String> env = Map.of(
                "PLATFORM_POSTGRES_HOST", "db.local",
                "PLATFORM_POSTGRES_PORT", "6432",
                "PLATFORM_POSTGRES_USER", "shop",
                "PLATFORM_POSTGRES_PASSWORD", "secret");

        assertThat(parse(env, "up").settings().externalPostgres())
                .contains(new PostgresEndpoint("db.local", 6432, "shop", "secret"));
        assertThat(parse(env, "up", "--postgres", "other:5433").settings().postgres())
                .isEqualTo(new PostgresEndpoint("other", 5433, "shop", "secret"));
        assertThat(parse(Map.of(), "up", "--postgres=pg").settings().externalPostgres())
                .contains(new PostgresEndpoint("pg", 5432, "postgres", "postgres"));
    }

    @Test
    void freshIsOnlyForUp() {
        assertThat(parse(Map.of(), "up", "--fresh").settings().fresh()).isTrue();
        assertThatThrownBy(() -> parse(Map.of(), "down", "--fresh"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--fresh only applies to 'up'");
    }

    @Test
    void mistakesAreReportedWithTheSettingToFix() {
        assertThatThrownBy(() -> parse(Map.of(), "restart"))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown command 'restart'")
                .hasMessageContaining("up, down, status, stop, start, help");
        assertThatThrownBy(() -> parse(Map.of(), "up", "--verbose"))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option '--verbose'");
        assertThatThrownBy(() -> parse(Map.of(), "up", "--kafka"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--kafka needs a value");
        assertThatThrownBy(() -> parse(Map.of("KAFKA_PORT", "90920"), "up"))
                .isInstanceOf(UsageException.class).hasMessageContaining("KAFKA_PORT must be a port number");
        assertThatThrownBy(() -> parse(Map.of(), "up", "--postgres", "db:port"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--postgres must be a port number");
        assertThatThrownBy(() -> parse(Map.of(), "up", "--partitions", "0"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--partitions must be a positive number");
        assertThatThrownBy(() -> parse(Map.of("GATEWAY_PORT", "x"), "status"))
                .isInstanceOf(UsageException.class).hasMessageContaining("GATEWAY_PORT must be a port number");
    }

    @Test
    void emptyExternalSettingsMeanEmbedded() {
        LaunchSettings settings = parse(Map.of("PLATFORM_KAFKA", " "), "up").settings();

        assertThat(settings.externalKafka()).isEqualTo(Optional.empty());
    }

    @Test
    void replicasComeFromTheFlagOrTheEnvironmentAndDefaultToOne() {
        assertThat(parse(Map.of(), "up").settings().replicas()).isEqualTo(1);
        assertThat(parse(Map.of("PLATFORM_REPLICAS", "3"), "up").settings().replicas()).isEqualTo(3);
        assertThat(parse(Map.of("PLATFORM_REPLICAS", "3"), "up", "--replicas", "2").settings().replicas()).isEqualTo(2);
        assertThat(parse(Map.of(), "up", "--replicas=4").settings().replicas()).isEqualTo(4);
        assertThat(parse(Map.of("PLATFORM_REPLICAS", "2"), "status").settings().replicas()).isEqualTo(2);
    }

    @Test
    void replicasOutsideOneToNineAreRefused() {
        assertThatThrownBy(() -> parse(Map.of(), "up", "--replicas", "0"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--replicas must be a number of instances from 1 to 9, not '0'");
        assertThatThrownBy(() -> parse(Map.of("PLATFORM_REPLICAS", "ten"), "up"))
                .isInstanceOf(UsageException.class).hasMessageContaining("PLATFORM_REPLICAS must be a number of instances");
        assertThatThrownBy(() -> parse(Map.of(), "down", "--replicas", "2"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--replicas only applies to 'up'");
    }

    @Test
    void stopAndStartNameTheInstance() {
        CommandLine stop = parse(Map.of(), "stop", "inventory-service-2");
        assertThat(stop.command()).isEqualTo(Command.STOP);
        assertThat(stop.instance()).contains("inventory-service-2");
        assertThat(parse(Map.of(), "start", "inventory-service").instance()).contains("inventory-service");
        assertThat(parse(Map.of(), "up").instance()).isEmpty();
    }

    @Test
    void stopAndStartNeedExactlyOneInstance() {
        assertThatThrownBy(() -> parse(Map.of(), "stop"))
                .isInstanceOf(UsageException.class).hasMessageContaining("'stop' needs the instance to stop");
        assertThatThrownBy(() -> parse(Map.of(), "start", "user-service", "order-service"))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option 'order-service'");
        assertThatThrownBy(() -> parse(Map.of(), "up", "inventory-service"))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option 'inventory-service'");
    }
}
