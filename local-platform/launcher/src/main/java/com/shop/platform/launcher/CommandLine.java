package com.shop.platform.launcher;

import com.shop.platform.embedded.EmbeddedPostgresServer;
import com.shop.platform.launcher.postgres.PostgresEndpoint;
import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceCatalog;
import com.shop.platform.launcher.services.ServiceInstances;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ./platform <command> [flags]} and the environment into a {@link Command} and its
 * {@link LaunchSettings}. A flag wins over the environment variable for the same setting.
 *
 * @param instance the service instance {@code stop} and {@code start} act on, e.g. {@code inventory-service-2}
 */
public record CommandLine(Command command, LaunchSettings settings, Optional<String> instance) {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    static final int DEFAULT_POSTGRES_PORT = 15432;
    static final int DEFAULT_PARTITIONS = 6;
    private static final int STANDARD_POSTGRES_PORT = 5432;

    /**
     * @param repository the repository root: service jars are found under it and state is kept in
     *                   {@code <repository>/.platform} unless {@code PLATFORM_HOME} says otherwise
     */
    public static CommandLine parse(List<String> args, Map<String, String> env, Path repository) {
        if (args.isEmpty()) {
            return new CommandLine(Command.HELP, new Flags().settings(env, repository), Optional.empty());
        }
        Command command = Command.named(args.get(0));
        Flags flags = new Flags();
        String instance = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String[] nameAndValue = arg.split("=", 2);
            String name = nameAndValue[0];
            switch (name) {
                case "--fresh" -> {
                    if (command != Command.UP) {
                        throw new UsageException("--fresh only applies to 'up'");
                    }
                    flags.fresh = true;
                }
                case "--kafka", "--postgres", "--partitions", "--replicas" -> {
                    if (name.equals("--replicas") && command != Command.UP) {
                        throw new UsageException("--replicas only applies to 'up'");
                    }
                    String value;
                    if (nameAndValue.length == 2) {
                        value = nameAndValue[1];
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    flags.set(name, value);
                }
                case "-h", "--help" -> {
                    return new CommandLine(Command.HELP, flags.settings(env, repository), Optional.empty());
                }
                default -> {
                    if (!command.takesInstance() || arg.startsWith("-") || instance != null) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    instance = arg;
                }
            }
        }
        if (command.takesInstance() && instance == null) {
            throw new UsageException("'" + command.word() + "' needs the instance to " + command.word()
                    + ", e.g. inventory-service or inventory-service-2 (see ./platform status)");
        }
        return new CommandLine(command, flags.settings(env, repository), Optional.ofNullable(instance));
    }

    private static final class Flags {
        private boolean fresh;
        private String kafka;
        private String postgres;
        private String partitions;
        private String replicas;

        void set(String name, String value) {
            switch (name) {
                case "--kafka" -> kafka = value;
                case "--postgres" -> postgres = value;
                case "--partitions" -> partitions = value;
                case "--replicas" -> replicas = value;
                default -> throw new IllegalStateException("no such option: " + name);
            }
        }

        LaunchSettings settings(Map<String, String> env, Path repository) {
            Path home = Optional.ofNullable(env.get("PLATFORM_HOME"))
                    .map(Path::of)
                    .orElse(repository.resolve(".platform"))
                    .toAbsolutePath()
                    .normalize();
            return new LaunchSettings(
                    repository,
                    home,
                    port(env, "KAFKA_PORT", DEFAULT_KAFKA_PORT),
                    port(env, "KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT),
                    port(env, "POSTGRES_PORT", DEFAULT_POSTGRES_PORT),
                    partitions(env),
                    replicas(env),
                    externalKafka(env),
                    externalPostgres(env),
                    fresh,
                    ServiceCatalog.resolve(env),
                    Sandbox.resolve(env));
        }

        private int partitions(Map<String, String> env) {
            String source = partitions != null ? "--partitions" : "KAFKA_PARTITIONS";
            String value = partitions != null ? partitions : env.get("KAFKA_PARTITIONS");
            if (value == null) {
                return DEFAULT_PARTITIONS;
            }
            try {
                int count = Integer.parseInt(value.trim());
                if (count >= 1) {
                    return count;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the setting's name
            }
            throw new UsageException(source + " must be a positive number of partitions, not '" + value + "'");
        }

        private int replicas(Map<String, String> env) {
            String source = replicas != null ? "--replicas" : "PLATFORM_REPLICAS";
            String value = replicas != null ? replicas : env.get("PLATFORM_REPLICAS");
            if (value == null) {
                return 1;
            }
            try {
                int count = Integer.parseInt(value.trim());
                if (count >= 1 && count <= ServiceInstances.MAX_REPLICAS) {
                    return count;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the setting's name
            }
            throw new UsageException(source + " must be a number of instances from 1 to " + ServiceInstances.MAX_REPLICAS
                    + ", not '" + value + "'");
        }

        private Optional<String> externalKafka(Map<String, String> env) {
            String source = kafka != null ? "--kafka" : "PLATFORM_KAFKA";
            String value = kafka != null ? kafka : env.get("PLATFORM_KAFKA");
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            List<String> servers = Arrays.stream(value.split(","))
                    .map(server -> HostPort.parse(server, DEFAULT_KAFKA_PORT, source).toString())
                    .toList();
            return Optional.of(String.join(",", servers));
        }

        private Optional<PostgresEndpoint> externalPostgres(Map<String, String> env) {
            HostPort address;
            if (postgres != null) {
                address = HostPort.parse(postgres, STANDARD_POSTGRES_PORT, "--postgres");
            } else if (env.get("PLATFORM_POSTGRES_HOST") != null) {
                address = new HostPort(env.get("PLATFORM_POSTGRES_HOST"),
                        port(env, "PLATFORM_POSTGRES_PORT", STANDARD_POSTGRES_PORT));
            } else {
                return Optional.empty();
            }
            return Optional.of(new PostgresEndpoint(address.host(), address.port(),
                    env.getOrDefault("PLATFORM_POSTGRES_USER", EmbeddedPostgresServer.USER),
                    env.getOrDefault("PLATFORM_POSTGRES_PASSWORD", EmbeddedPostgresServer.PASSWORD)));
        }

        private static int port(Map<String, String> env, String variable, int defaultPort) {
            String value = env.get(variable);
            return value == null ? defaultPort : Ports.parse(value, variable);
        }
    }
}
