package com.shop.kafka.events;

import java.time.Instant;
import java.util.Set;

/**
 * A user changed their contact data or preferences: the full current state, not a diff, since on the compacted
 * users.events it is all that remains of the account's earlier records.
 */
public record UserUpdated(String userId, String email, String name, String phone, String pushToken,
                          Set<NotificationChannel> channels, Instant updatedAt) {

    public UserUpdated {
        channels = Set.copyOf(channels);
    }
}
