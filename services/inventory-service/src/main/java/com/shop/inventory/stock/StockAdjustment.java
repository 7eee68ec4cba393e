package com.shop.inventory.stock;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /products/{sku}/stock}: add (positive) or remove (negative) units, and why. */
public record StockAdjustment(@NotNull Integer delta, @NotBlank @Size(max = 200) String reason, @Size(max = 200) String reference) {
}
