package com.shop.kafka;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NulCharactersTest {

    @Test
    void aDocumentMayCarryANulOnlyWhereItHasTheEscapeOrARawOne() {
        assertThat(NulCharacters.mayBeIn("{\"name\":\"N\\u0000l\"}")).isTrue();
        assertThat(NulCharacters.mayBeIn("{\"name\":\"N\u0000l\"}")).isTrue();
        assertThat(NulCharacters.mayBeIn("{\"name\":\"Zoë \\u00e9 \uD83D\uDE00\"}")).isFalse();
        assertThat(NulCharacters.mayBeIn("{\"name\":\"plain\"}")).isFalse();
    }
}
