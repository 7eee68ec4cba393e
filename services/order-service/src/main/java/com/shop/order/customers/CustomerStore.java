package com.shop.order.customers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** SQL of the customer projection: which user ids have an account. */
@Repository
public class CustomerStore {

    private final JdbcTemplate jdbc;

    public CustomerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the user has an account; recording one twice changes nothing. */
    public void recordAccount(String userId) {
        jdbc.update("INSERT INTO customers (user_id) VALUES (?) ON CONFLICT DO NOTHING", userId);
    }

    public boolean hasAccount(String userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM customers WHERE user_id = ?)", Boolean.class, userId));
    }
}
