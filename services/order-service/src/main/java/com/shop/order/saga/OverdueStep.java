package com.shop.order.saga;

/** A saga whose step is past its deadline. */
public record OverdueStep(String orderId, SagaState state) {

    public boolean pricing() {
        return state == SagaState.PRICING;
    }
}
