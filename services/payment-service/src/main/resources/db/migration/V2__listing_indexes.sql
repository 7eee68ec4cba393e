-- The admins' payment list, newest first, with or without a status filter, pages through these instead of sorting
-- or reading the whole table.
CREATE INDEX payments_by_time ON payments (created_at DESC, id);
CREATE INDEX payments_by_status ON payments (status, created_at DESC, id);
