package com.shop.users.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.kafka.EventCodec;
import com.shop.kafka.EventTypes;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import com.shop.routes.outbox.Outbox;
import com.shop.routes.rest.FieldProblem;
import com.shop.routes.security.Role;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Announces account changes on {@code users.events} through the outbox, with the contact data notifications
 * need, and tells beforehand what the events' contract would refuse, so that bad input is a 400, not a 500.
 */
@Component
public class AccountEvents {

    private static final String REGISTERED = EventTypes.of(UserRegistered.class).ceType();

    private final Outbox outbox;
    private final EventCodec codec;
    private final ObjectMapper mapper;

    public AccountEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
        this.mapper = codec.objectMapper();
    }

    public void registered(Account account) {
        outbox.append(account.id(), new UserRegistered(account.id(), account.email(), account.name(), account.phone(),
                account.pushToken(), account.channels(),
                account.roles().stream().map(Role::name).collect(Collectors.toSet()), account.createdAt()));
    }

    public void updated(Account account) {
        outbox.append(account.id(), new UserUpdated(account.id(), account.email(), account.name(), account.phone(),
                account.pushToken(), account.channels(), account.updatedAt()));
    }

    /** What the contract of {@code users.events} refuses in this email and contact data, by field (e.g. an undeliverable domain). */
    public List<FieldProblem> contractProblems(String email, Contact contact) {
        UserRegistered probe = new UserRegistered(UUID.randomUUID().toString(), email, contact.name(), contact.phone(),
                contact.pushToken(), contact.channels(), Set.of(Role.CUSTOMER.name()), Instant.now());
        try {
            return codec.validate(REGISTERED, mapper.writeValueAsString(probe)).stream()
                    .map(AccountEvents::fieldProblem)
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a UserRegistered as JSON", e);
        }
    }

    private static FieldProblem fieldProblem(String violation) {
        int colon = violation.indexOf(':');
        String path = colon > 0 ? violation.substring(0, colon) : "$";
        String field = path.startsWith("$.") ? path.substring(2) : path;
        return new FieldProblem(field, colon > 0 ? violation.substring(colon + 1).trim() : violation);
    }
}
