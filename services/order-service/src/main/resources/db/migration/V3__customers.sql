-- The user accounts the order service knows of, from users.events (a projection of its own; user-service is never
-- called): a partner's order that names its customer by id must name one of them.
CREATE TABLE customers (
    user_id  TEXT PRIMARY KEY,
    known_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
