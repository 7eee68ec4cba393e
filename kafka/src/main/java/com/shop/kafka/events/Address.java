package com.shop.kafka.events;

/** A postal address to ship to; {@code country} is an ISO 3166-1 alpha-2 code, {@code line2} may be null. */
public record Address(String recipient, String line1, String line2, String city, String postalCode, String country) {
}
