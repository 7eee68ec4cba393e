-- The admins' order list filtered by status, newest first, pages and counts through this instead of reading the whole table.
CREATE INDEX orders_by_status ON orders (status, placed_at DESC, id);
