-- A partner's order names its customer by email address: the contact is found by this, not by reading every contact.
CREATE INDEX contacts_email ON contacts (lower(email), updated_at DESC);
-- The admins' list of all deliveries, newest first, pages through this instead of sorting the table.
CREATE INDEX deliveries_by_time ON deliveries (created_at DESC, id);
