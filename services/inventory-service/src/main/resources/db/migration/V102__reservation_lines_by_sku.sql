-- Deleting a product asks whether any order ever held its stock: found by SKU instead of reading every reservation
-- line. Not built CONCURRENTLY: Flyway holds a transaction open in the same database while it migrates, which such a
-- build would wait for without end.
CREATE INDEX reservation_lines_by_sku ON reservation_lines (sku);
