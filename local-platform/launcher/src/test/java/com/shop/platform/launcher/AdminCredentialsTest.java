package com.shop.platform.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCredentialsTest {

    @TempDir
    Path home;

    @Test
    void theCredentialsArePrintedOnceThenOnlyPointedAt() throws Exception {
        Files.writeString(home.resolve(AdminCredentials.FILE), "email=admin@shop.local\npassword=s3cret-Words-42\n");
        List<String> first = new ArrayList<>();
        new AdminCredentials(home).report(first::add);
        List<String> second = new ArrayList<>();
        new AdminCredentials(home).report(second::add);

        assertThat(String.join("\n", first)).contains("admin@shop.local", "s3cret-Words-42");
        assertThat(String.join("\n", second)).contains(AdminCredentials.FILE).doesNotContain("s3cret-Words-42");
    }

    @Test
    void nothingIsSaidWithoutAUserService() throws Exception {
        List<String> said = new ArrayList<>();
        new AdminCredentials(home).report(said::add);
        assertThat(said).isEmpty();
    }
}
