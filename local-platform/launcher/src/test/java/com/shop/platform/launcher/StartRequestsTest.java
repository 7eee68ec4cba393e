package com.shop.platform.launcher;

import com.shop.platform.launcher.services.ServiceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class StartRequestsTest {

    @TempDir
    Path root;

    @Test
    void aRequestIsTakenOnce() throws Exception {
        PlatformHome home = new PlatformHome(root);
        StartRequests requests = new StartRequests(home.startRequests());

        requests.request("inventory-service-2");
        requests.request("user-service");

        assertThat(requests.pending("inventory-service-2")).isTrue();
        assertThat(requests.take()).containsExactly("inventory-service-2", "user-service");
        assertThat(requests.pending("inventory-service-2")).isFalse();
        assertThat(requests.take()).isEmpty();
    }

    @Test
    void nothingIsTakenBeforeTheFirstRequest() throws Exception {
        assertThat(new StartRequests(root.resolve("start-requests")).take()).isEmpty();
    }

    @Test
    void aNameThatIsNoInstanceNameIsRefused() {
        assertThatThrownBy(() -> new StartRequests(root).request("../platform"))
                .isInstanceOf(UsageException.class).hasMessageContaining("'../platform' is not an instance name");
    }

    @Test
    void theRecordedInstancesAreReadBackWithTheirPortsUntilDeleted() throws Exception {
        PlatformHome home = new PlatformHome(root);
        home.writeInstances(List.of(
                new ServiceDefinition("inventory-service", 8083, Optional.of("inventory")),
                new ServiceDefinition("inventory-service-2", 8183, Optional.of("inventory"))));

        assertThat(home.instances()).extracting(ServiceDefinition::name, ServiceDefinition::baseUrl).containsExactly(
                tuple("inventory-service", "http://localhost:8083"),
                tuple("inventory-service-2", "http://localhost:8183"));
        assertThat(home.recordedNames()).isEmpty();
        home.deleteInstances();
        assertThat(home.instances()).isEmpty();
    }
}
