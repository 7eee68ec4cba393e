package com.shop.order.api;

import com.shop.kafka.events.Address;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where an order goes; the same limits as the contract's {@link Address}. */
public record ShippingAddress(
        @NotBlank @Size(max = 200) String recipient,
        @NotBlank @Size(max = 200) String line1,
        @Size(min = 1, max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 20) String postalCode,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {

    Address toAddress() {
        return new Address(recipient, line1, line2, city, postalCode, country);
    }
}
