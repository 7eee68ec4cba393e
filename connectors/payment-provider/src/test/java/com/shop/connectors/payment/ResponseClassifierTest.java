package com.shop.connectors.payment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseClassifierTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204})
    void successStatusesAreApproved(int status) {
        assertThat(ResponseClassifier.classify(status)).isEqualTo(ResponseClass.APPROVED);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 402, 404, 422})
    void refusalsOfTheRequestItselfAreDeclinedForGood(int status) {
        assertThat(ResponseClassifier.classify(status)).isEqualTo(ResponseClass.DECLINED);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void providerFailuresAreTransient(int status) {
        assertThat(ResponseClassifier.classify(status)).isEqualTo(ResponseClass.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 425, 429})
    void timeoutsThrottlingAndConcurrentRequestsAreTransient(int status) {
        assertThat(ResponseClassifier.classify(status)).isEqualTo(ResponseClass.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedMerchantCredentialsDoNotDeclineTheCustomer(int status) {
        assertThat(ResponseClassifier.classify(status)).isEqualTo(ResponseClass.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 301, 302, 304})
    void unexpectedAnswersLeaveTheOutcomeUnknownAndAreTransient(int status) {
        assertThat(ResponseClassifier.classify(status)).isEqualTo(ResponseClass.TRANSIENT);
    }
}
