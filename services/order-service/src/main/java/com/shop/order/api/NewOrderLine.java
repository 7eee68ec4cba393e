package com.shop.order.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of {@code POST /orders}: a product and how many. Its price is the catalogue's business, not the client's. */
public record NewOrderLine(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'") String sku,
        @NotNull @Min(1) @Max(1000) Integer quantity) {
}
