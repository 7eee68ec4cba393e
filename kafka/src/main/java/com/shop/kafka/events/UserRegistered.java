package com.shop.kafka.events;

import java.time.Instant;
import java.util.Set;

/**
 * A customer account was created. Carries the contact data and preferences notifications need;
 * {@code phone} and {@code pushToken} may be null. Never a password or its hash. {@code roles} and
 * {@code registeredAt} are the account's at registration: roles change without an event, and compaction drops this
 * record once a {@link UserUpdated} follows, so no consumer may keep them.
 */
public record UserRegistered(String userId, String email, String name, String phone, String pushToken,
                             Set<NotificationChannel> channels, Set<String> roles, Instant registeredAt) {

    public UserRegistered {
        channels = Set.copyOf(channels);
        roles = Set.copyOf(roles);
    }
}
