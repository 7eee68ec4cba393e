package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PrefixedLogTest {

    @Test
    void plainPrefixNamesTheProcess() {
        assertThat(PrefixedLog.plain("inventory-service").apply("Started in 4.2 seconds"))
                .isEqualTo("[inventory-service] Started in 4.2 seconds");
    }

    @Test
    void colouredPrefixColoursOnlyTheNameAndResetsBeforeTheLine() {
        String line = PrefixedLog.coloured("order-service", 0).apply("ready");

        assertThat(line).isEqualTo("\u001B[36m[order-service]\u001B[0m ready");
    }

    @Test
    void neighbouringServicesGetDifferentColours() {
        String first = PrefixedLog.coloured("svc", 0).apply("");
        String second = PrefixedLog.coloured("svc", 1).apply("");

        assertThat(first).isNotEqualTo(second);
        assertThat(PrefixedLog.coloured("svc", 10).apply("")).isEqualTo(first);
    }

    @Test
    void copyPrefixesEveryLineIncludingAnUnterminatedLastOne() throws Exception {
        String output = "first\r\nsecond – ünïcode\nlast without newline";
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        PrefixedLog.plain("gateway").copy(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[gateway] first",
                "[gateway] second – ünïcode",
                "[gateway] last without newline");
    }
}
