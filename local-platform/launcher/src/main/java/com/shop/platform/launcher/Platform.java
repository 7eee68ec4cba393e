package com.shop.platform.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Entry point of {@code ./platform}: the one-command local platform. */
public final class Platform {

    private static final int USAGE_ERROR = 2;
    private static final int FAILURE = 1;

    private Platform() {
    }

    public static void main(String[] args) {
        PrintStream console = System.out;
        Path repository = Optional.ofNullable(System.getenv("PLATFORM_REPOSITORY"))
                .map(Path::of)
                .orElse(Path.of(""))
                .toAbsolutePath()
                .normalize();
        int exitCode;
        try {
            CommandLine commandLine = CommandLine.parse(List.of(args), System.getenv(), repository);
            LaunchSettings settings = commandLine.settings();
            exitCode = switch (commandLine.command()) {
                case UP -> {
                    new UpCommand(settings, console, System.console() != null).run();
                    yield 0;
                }
                case DOWN -> new DownCommand(settings, console).run();
                case STATUS -> new StatusCommand(settings, console).run();
                case STOP -> new InstanceCommand(settings.platformHome(), console).stop(commandLine.instance().orElseThrow());
                case START -> new InstanceCommand(settings.platformHome(), console).start(commandLine.instance().orElseThrow());
                case HELP -> {
                    console.print(Usage.TEXT);
                    yield 0;
                }
            };
        } catch (UsageException e) {
            System.err.println("platform: " + e.getMessage());
            System.err.println("see ./platform help");
            exitCode = USAGE_ERROR;
        } catch (IllegalStateException e) {
            System.err.println("platform: " + e.getMessage());
            exitCode = FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = FAILURE;
        } catch (Exception e) {
            System.err.println("platform: failed: " + e);
            e.printStackTrace();
            exitCode = FAILURE;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
