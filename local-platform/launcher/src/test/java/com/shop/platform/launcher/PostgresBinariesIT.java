package com.shop.platform.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(binaries.toFile()).start();
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
