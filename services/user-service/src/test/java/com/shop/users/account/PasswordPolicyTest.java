package com.shop.users.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final String EMAIL = "ann.example@shop.test";

    @ParameterizedTest
    @ValueSource(strings = {"correct-Horse-9-battery", "abcdefghi1", "tr0ub4dor&3x", "пароль-секрет-7"})
    void mixedPasswordsOfTenOrMoreCharactersAreAccepted(String password) {
        assertThat(PasswordPolicy.problems(password, EMAIL)).isEmpty();
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefused() {
        assertThat(PasswordPolicy.problems("abc-12345", EMAIL)).containsExactly("must be at least 10 characters long");
        assertThat(PasswordPolicy.problems(null, EMAIL)).containsExactly("must be at least 10 characters long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletterstoo", "ONLYLETTERSTOO", "12345678901234"})
    void aPasswordOfOneKindOfCharacterIsRefused(String password) {
        assertThat(PasswordPolicy.problems(password, EMAIL))
                .containsExactly("must mix kinds of characters, not only letters or only digits");
    }

    @Test
    void oneRepeatedSymbolIsRefused() {
        assertThat(PasswordPolicy.problems("!!!!!!!!!!!!", EMAIL)).containsExactly("must not be one repeated character");
    }

    @Test
    void aPasswordContainingTheEmailsNameIsRefused() {
        assertThat(PasswordPolicy.problems("xAnn.Example-2026", EMAIL)).containsExactly("must not contain the email's name");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        String tooLong = "a1".repeat(37);
        assertThat(PasswordPolicy.problems(tooLong, EMAIL)).containsExactly("must be at most 72 bytes long");
        assertThat(PasswordPolicy.problems("ä1".repeat(25), EMAIL)).containsExactly("must be at most 72 bytes long");
    }
}
