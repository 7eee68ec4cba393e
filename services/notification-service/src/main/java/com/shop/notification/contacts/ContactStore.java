package com.shop.notification.contacts;

import com.shop.kafka.events.NotificationChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** SQL of the contact projection and of which customer each order belongs to. */
@Repository
public class ContactStore {

    private static final RowMapper<Contact> CONTACT = (rs, i) -> new Contact(rs.getString("user_id"), rs.getString("email"),
            rs.getString("name"), rs.getString("phone"), rs.getString("push_token"), channels(rs.getArray("channels")));

    private final JdbcTemplate jdbc;

    public ContactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the user's contact data as of {@code asOf}, the time of its event, unless what is known is newer. */
    public void save(Contact contact, Instant asOf) {
        jdbc.update("""
                INSERT INTO contacts (user_id, email, name, phone, push_token, channels, as_of, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name, phone = EXCLUDED.phone,
                    push_token = EXCLUDED.push_token, channels = EXCLUDED.channels, as_of = EXCLUDED.as_of, updated_at = now()
                WHERE contacts.as_of IS NULL OR contacts.as_of <= EXCLUDED.as_of""",
                contact.userId(), contact.email(), contact.name(), contact.phone(), contact.pushToken(),
                contact.channels().stream().map(Enum::name).sorted().toArray(String[]::new), Timestamp.from(asOf));
    }

    public Optional<Contact> find(String userId) {
        return jdbc.query("SELECT * FROM contacts WHERE user_id = ?", CONTACT, userId).stream().findFirst();
    }

    /** The contact of the user registered with {@code email}, if any: for a customer a partner named by address. */
    public Optional<Contact> findByEmail(String email) {
        return jdbc.query("SELECT * FROM contacts WHERE lower(email) = lower(?) ORDER BY updated_at DESC LIMIT 1", CONTACT, email)
                .stream().findFirst();
    }

    public void rememberOrder(String orderId, String customerId) {
        jdbc.update("INSERT INTO order_customers (order_id, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING", orderId, customerId);
    }

    public Optional<String> customerOf(String orderId) {
        return jdbc.queryForList("SELECT customer_id FROM order_customers WHERE order_id = ?", String.class, orderId).stream()
                .findFirst();
    }

    private static Set<NotificationChannel> channels(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(NotificationChannel::valueOf).collect(Collectors.toSet());
    }
}
