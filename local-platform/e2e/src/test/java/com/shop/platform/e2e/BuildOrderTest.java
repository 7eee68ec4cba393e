package com.shop.platform.e2e;

import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceCatalog;
import com.shop.platform.launcher.services.ServiceDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end tests run every service's and sandbox's jar: this module's pom must depend on each of their modules, or
 * a parallel build may start the tests before a jar is packaged (or with the jar of an earlier build).
 */
class BuildOrderTest {

    @Test
    void thisModuleDependsOnEveryServiceAndSandboxModuleItRuns() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        for (ServiceDefinition service : ServiceCatalog.resolve(Map.of())) {
            assertThat(pom).as("a dependency on " + service.name()).contains("<artifactId>" + service.name() + "</artifactId>");
        }
        for (Sandbox sandbox : Sandbox.resolve(Map.of())) {
            String module = Path.of(sandbox.jar()).getParent().getParent().getFileName().toString();
            assertThat(pom).as("a dependency on " + module).contains("<artifactId>" + module + "</artifactId>");
        }
    }
}
