package com.shop.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /products/{sku}/stock}: add (positive) or remove (negative) units, and why. One adjustment
 * moves at most {@link #MOST_UNITS_AT_ONCE}, as one warehouse delivery does.
 */
public record StockAdjustment(@NotNull @Min(-MOST_UNITS_AT_ONCE) @Max(MOST_UNITS_AT_ONCE) Integer delta,
                              @NotBlank @Size(max = 200) String reason, @Size(max = 200) String reference) {

    public static final int MOST_UNITS_AT_ONCE = 1_000_000;
}
