package com.shop.users.profile;

import com.shop.kafka.events.NotificationChannel;
import com.shop.users.account.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * The body of {@code PUT /users/me}: the whole profile as it should be (absent optional fields are
 * cleared). The email and the password are not changed here.
 */
public record ProfileChanges(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number such as +4915112345678") String phone,
        @Valid PostalAddress address,
        @NotNull Set<NotificationChannel> channels,
        @Size(min = 1, max = 4096) String pushToken) {
}
