package com.shop.inventory.catalog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the products table. */
@Repository
public class ProductStore {

    static final RowMapper<Product> PRODUCT = (rs, i) -> new Product(
            rs.getString("sku"), rs.getString("name"), rs.getString("description"), rs.getString("category"),
            rs.getBigDecimal("price"), rs.getString("currency"), rs.getInt("on_hand"), rs.getInt("reserved"),
            rs.getInt("on_hand") - rs.getInt("reserved"), rs.getInt("low_stock_threshold"), rs.getBoolean("active"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    public ProductStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the product; false when the sku is taken. */
    public boolean insert(NewProduct p) {
        try {
            jdbc.update("""
                    INSERT INTO products (sku, name, description, category, price, currency, on_hand, low_stock_threshold, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    p.sku(), p.name(), orEmpty(p.description()), p.category() == null ? "general" : p.category(),
                    p.price(), p.currency(), p.stockOnHand(),
                    p.lowStockThreshold() == null ? 0 : p.lowStockThreshold(), p.active() == null || p.active());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<Product> find(String sku) {
        return jdbc.query("SELECT * FROM products WHERE sku = ?", PRODUCT, sku).stream().findFirst();
    }

    /** Locks the product rows for the rest of the transaction, in sku order so that concurrent callers never deadlock. */
    public List<Product> lockInSkuOrder(List<String> skus) {
        return jdbc.query("SELECT * FROM products WHERE sku = ANY (?) ORDER BY sku FOR UPDATE",
                PRODUCT, (Object) skus.toArray(String[]::new));
    }

    public boolean update(String sku, ProductChanges c) {
        return jdbc.update("""
                UPDATE products SET name = ?, description = ?, category = ?, price = ?, currency = ?,
                       low_stock_threshold = ?, active = ?, updated_at = now()
                WHERE sku = ?""",
                c.name(), orEmpty(c.description()), c.category() == null ? "general" : c.category(), c.price(),
                c.currency(), c.lowStockThreshold(), c.active(), sku) == 1;
    }

    /**
     * Deletes the product if no order ever held or bought its stock (a rejected order held none); false otherwise or
     * when there is no such product. The reserved and sold columns catch an order reserving or confirmed meanwhile.
     */
    public boolean deleteNeverOrdered(String sku) {
        return jdbc.update("""
                DELETE FROM products p WHERE sku = ? AND reserved = 0 AND sold = 0
                AND NOT EXISTS (SELECT 1 FROM reservation_lines l JOIN reservations r ON r.order_id = l.order_id
                                WHERE l.sku = p.sku AND r.status <> 'REJECTED')""", sku) == 1;
    }

    public ProductPage page(String query, String category, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            where.append(" AND (to_tsvector('simple', name || ' ' || description || ' ' || category) @@ plainto_tsquery('simple', ?)"
                    + " OR sku ILIKE ? OR name ILIKE ?)");
            String like = "%" + query.replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(query);
            args.add(like);
            args.add(like);
        }
        if (category != null && !category.isBlank()) {
            where.append(" AND category = ?");
            args.add(category);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM products" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Product> items = jdbc.query("SELECT * FROM products" + where + " ORDER BY sku LIMIT ? OFFSET ?",
                PRODUCT, pageArgs.toArray());
        return new ProductPage(items, page, size, total == null ? 0 : total);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
