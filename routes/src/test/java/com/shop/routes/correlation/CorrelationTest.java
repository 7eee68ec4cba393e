package com.shop.routes.correlation;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationTest {

    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void uuidsTraceIdsAndShortTokensAreAccepted() {
        assertThat(Correlation.isAccepted(UUID.randomUUID().toString())).isTrue();
        assertThat(Correlation.isAccepted("4bf92f3577b34da6a3ce929d0e0e4736")).isTrue();
        assertThat(Correlation.isAccepted("orders:checkout.42_A-b")).isTrue();
        assertThat(Correlation.isAccepted("x".repeat(Correlation.MAX_LENGTH))).isTrue();
    }

    @Test
    void onlyAW3cTraceparentIsPassedOn() {
        assertThat(Correlation.isTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isTrue();
        assertThat(Correlation.isTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7")).isFalse();
        assertThat(Correlation.isTraceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isFalse();
        assertThat(Correlation.isTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" + "x".repeat(5000))).isFalse();
        assertThat(Correlation.isTraceparent("a b\"<script>")).isFalse();
        assertThat(Correlation.isTraceparent(null)).isFalse();
    }

    @Test
    void longIdsAndIdsWithSpacesQuotesOrMarkupAreNotAccepted() {
        assertThat(Correlation.isAccepted("x".repeat(Correlation.MAX_LENGTH + 1))).isFalse();
        assertThat(Correlation.isAccepted("x".repeat(5000))).isFalse();
        assertThat(Correlation.isAccepted("a b\"<script>")).isFalse();
        assertThat(Correlation.isAccepted("flow\nINFO forged log line")).isFalse();
        assertThat(Correlation.isAccepted("")).isFalse();
        assertThat(Correlation.isAccepted(null)).isFalse();
    }

    @Test
    void aCallersAcceptedIdIsKeptAndAnotherReplacedByANewOne() {
        String given = UUID.randomUUID().toString();

        assertThat(Correlation.givenOrNew(given)).isEqualTo(given);
        assertThat(Correlation.givenOrNew("a b\"<script>")).matches(UUID_FORM);
        assertThat(Correlation.givenOrNew("x".repeat(5000))).matches(UUID_FORM);
        assertThat(Correlation.givenOrNew(" ")).matches(UUID_FORM);
        assertThat(Correlation.givenOrNew(null)).matches(UUID_FORM).isNotEqualTo(Correlation.givenOrNew(null));
    }

    @Test
    void aRecordsIdThatIsNotAcceptedIsReplacedByOneDerivedFromIt() {
        String given = UUID.randomUUID().toString();

        assertThat(Correlation.givenOrDerived(given)).isEqualTo(given);
        assertThat(Correlation.givenOrDerived("a b\"<script>")).matches(UUID_FORM)
                .isEqualTo(Correlation.givenOrDerived("a b\"<script>"))
                .isNotEqualTo(Correlation.givenOrDerived("a b\"<script >"));
        assertThat(Correlation.givenOrDerived(null)).matches(UUID_FORM);
    }
}
