package com.shop.users.account;

import com.shop.kafka.events.NotificationChannel;
import com.shop.routes.security.Role;

import java.time.Instant;
import java.util.Set;

/** An account as the API shows it: contact data, preferences and roles; never the password hash. */
public record Account(String id, String email, String name, String phone, PostalAddress address,
                      Set<NotificationChannel> channels, String pushToken, Set<Role> roles, boolean locked,
                      Instant createdAt, Instant updatedAt) {

    public Account {
        channels = Set.copyOf(channels);
        roles = Set.copyOf(roles);
    }
}
