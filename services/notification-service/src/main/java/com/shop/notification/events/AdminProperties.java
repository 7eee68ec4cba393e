package com.shop.notification.events;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/** {@code notification.admins.*}: who gets the operational alerts (low stock), by email. */
@Validated
@ConfigurationProperties("notification.admins")
public record AdminProperties(@NotEmpty List<String> emails) {

    public AdminProperties {
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
