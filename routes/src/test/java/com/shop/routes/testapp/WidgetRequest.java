package com.shop.routes.testapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** The body of {@code POST /widgets}: enough fields to show every kind of validation error (stock is optional). */
public record WidgetRequest(@NotBlank String sku, @NotBlank String name, @NotNull @PositiveOrZero BigDecimal price,
                            @PositiveOrZero Integer stock) {
}
