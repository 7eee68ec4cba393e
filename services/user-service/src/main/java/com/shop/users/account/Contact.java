package com.shop.users.account;

import com.shop.kafka.events.NotificationChannel;
import com.shop.routes.rest.FieldProblem;
import com.shop.routes.rest.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The contact data a user keeps, and the rule that a chosen channel must be reachable. */
public record Contact(String name, String phone, PostalAddress address, Set<NotificationChannel> channels,
                      String pushToken) {

    public Contact {
        channels = channels == null ? Set.of(NotificationChannel.EMAIL) : Set.copyOf(channels);
    }

    /** Refuses SMS without a phone number and push without a device token (400 naming the field). */
    public Contact requireReachable() {
        List<FieldProblem> problems = new ArrayList<>();
        if (channels.contains(NotificationChannel.SMS) && phone == null) {
            problems.add(new FieldProblem("phone", "is required to be notified by SMS"));
        }
        if (channels.contains(NotificationChannel.PUSH) && pushToken == null) {
            problems.add(new FieldProblem("pushToken", "is required to be notified by push"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return this;
    }
}
