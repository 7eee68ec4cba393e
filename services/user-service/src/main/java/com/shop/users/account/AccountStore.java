package com.shop.users.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.kafka.events.NotificationChannel;
import com.shop.routes.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** SQL of the users table. Ids that are not UUIDs name no account. */
@Repository
public class AccountStore {

    private static final RowMapper<Credentials> CREDENTIALS = (rs, i) -> new Credentials(rs.getString("id"),
            rs.getString("password_hash"), roles(rs.getArray("roles")), rs.getBoolean("locked"));

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final RowMapper<Account> account;

    public AccountStore(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.account = (rs, i) -> new Account(rs.getString("id"), rs.getString("email"), rs.getString("name"),
                rs.getString("phone"), address(rs.getString("address")), channels(rs.getArray("channels")),
                rs.getString("push_token"), roles(rs.getArray("roles")), rs.getBoolean("locked"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** Inserts the account; false when its email is taken. */
    public boolean insert(UUID id, String email, String passwordHash, Contact contact, Set<Role> roles) {
        try {
            jdbc.update("""
                    INSERT INTO users (id, email, password_hash, name, phone, address, channels, push_token, roles)
                    VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""",
                    id, email, passwordHash, contact.name(), contact.phone(), json(contact.address()),
                    names(contact.channels()), contact.pushToken(), names(roles));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Waits for and takes, until the transaction ends, the lock on creating the account of {@code email}: its holder
     * can check that the account is missing and create it without another instance doing the same meanwhile.
     */
    public void lockCreationOf(String email) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> null, email);
    }

    public Optional<Account> find(String id) {
        return uuid(id).flatMap(uuid -> jdbc.query("SELECT * FROM users WHERE id = ?", account, uuid).stream().findFirst());
    }

    public boolean existsByEmail(String email) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT exists(SELECT 1 FROM users WHERE email = ?)", Boolean.class, email));
    }

    public Optional<Credentials> credentials(String email) {
        return jdbc.query("SELECT id, password_hash, roles, locked FROM users WHERE email = ?", CREDENTIALS, email)
                .stream().findFirst();
    }

    public Optional<Credentials> credentialsOf(String id) {
        return uuid(id).flatMap(uuid -> jdbc.query("SELECT id, password_hash, roles, locked FROM users WHERE id = ?",
                CREDENTIALS, uuid).stream().findFirst());
    }

    /**
     * The account's credentials, its row held FOR SHARE until the transaction ends: a change of the account (a lock,
     * a role change) waits for the caller, or the caller waits for that change and reads what it committed.
     */
    public Optional<Credentials> shareCredentialsOf(String id) {
        return uuid(id).flatMap(uuid -> jdbc.query(
                "SELECT id, password_hash, roles, locked FROM users WHERE id = ? FOR SHARE", CREDENTIALS, uuid)
                .stream().findFirst());
    }

    public boolean updateContact(String id, Contact contact) {
        return uuid(id).map(uuid -> jdbc.update("""
                UPDATE users SET name = ?, phone = ?, address = ?::jsonb, channels = ?, push_token = ?, updated_at = now()
                WHERE id = ?""",
                contact.name(), contact.phone(), json(contact.address()), names(contact.channels()),
                contact.pushToken(), uuid) == 1).orElse(false);
    }

    public boolean updateRoles(String id, Set<Role> roles) {
        return uuid(id).map(uuid -> jdbc.update("UPDATE users SET roles = ?, updated_at = now() WHERE id = ?",
                names(roles), uuid) == 1).orElse(false);
    }

    public boolean updateLocked(String id, boolean locked) {
        return uuid(id).map(uuid -> jdbc.update("UPDATE users SET locked = ?, updated_at = now() WHERE id = ?",
                locked, uuid) == 1).orElse(false);
    }

    public AccountPage page(int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
        List<Account> items = jdbc.query("SELECT * FROM users ORDER BY created_at, id LIMIT ? OFFSET ?",
                account, size, (long) page * size);
        return new AccountPage(items, page, size, total == null ? 0 : total);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Set<NotificationChannel> channels(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(NotificationChannel::valueOf).collect(Collectors.toSet());
    }

    private String json(PostalAddress address) {
        try {
            return address == null ? null : mapper.writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an address as JSON", e);
        }
    }

    private PostalAddress address(String json) {
        try {
            return json == null ? null : mapper.readValue(json, PostalAddress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored address is not valid JSON", e);
        }
    }
}
