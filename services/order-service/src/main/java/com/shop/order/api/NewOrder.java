package com.shop.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /orders}; {@code paymentMethod} is the payment provider's token for the customer's card. */
public record NewOrder(
        @NotEmpty(message = "must list at least one line") @Size(max = 100) List<@NotNull @Valid NewOrderLine> lines,
        @NotNull @Valid ShippingAddress shippingAddress,
        @NotBlank @Size(max = 64) String paymentMethod) {
}
