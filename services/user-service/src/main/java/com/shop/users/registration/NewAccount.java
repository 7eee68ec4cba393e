package com.shop.users.registration;

import com.shop.kafka.events.NotificationChannel;
import com.shop.users.account.Emails;
import com.shop.users.account.PostalAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * The body of {@code POST /users}. {@code channels} defaults to email; SMS needs {@code phone}, push needs
 * {@code pushToken}. The password is checked against the policy, hashed, and then forgotten.
 */
public record NewAccount(
        @NotBlank @Email @Pattern(regexp = Emails.PATTERN, message = "must be an email address") @Size(max = 254) String email,
        @NotNull String password,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number such as +4915112345678") String phone,
        @Valid PostalAddress address,
        Set<NotificationChannel> channels,
        @Size(min = 1, max = 4096) String pushToken) {

    public NewAccount {
        email = email == null ? null : email.strip();
    }

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", name=" + name + "]";
    }
}
