-- What the service knows of each user to reach them: the contact data and chosen channels from users.events
-- (a projection of its own; user-service is never called).
CREATE TABLE contacts (
    user_id    TEXT PRIMARY KEY,
    email      TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    phone      TEXT,
    push_token TEXT,
    channels   TEXT[]      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Whose order is whose: payment events name only the order.
CREATE TABLE order_customers (
    order_id    TEXT PRIMARY KEY,
    customer_id TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One message of one event on one channel, rendered once; the unique key makes it go out at most once. While it
-- is PENDING, next_attempt_at says when it is tried (again): a scheduled route picks up what a down provider held back.
CREATE TABLE deliveries (
    id                 UUID PRIMARY KEY,
    event_id           TEXT        NOT NULL,
    event_type         TEXT        NOT NULL,
    channel            TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PUSH')),
    user_id            TEXT,
    recipient          TEXT        NOT NULL,
    subject            TEXT        NOT NULL,
    short_text         TEXT        NOT NULL,
    body               TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts           INT         NOT NULL DEFAULT 0,
    last_error         TEXT,
    provider_reference TEXT,
    next_attempt_at    TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at            TIMESTAMPTZ,
    UNIQUE (event_id, channel)
);

CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX deliveries_by_user ON deliveries (user_id, created_at DESC);

-- Every attempt at a delivery with its outcome.
CREATE TABLE delivery_attempts (
    id           BIGSERIAL PRIMARY KEY,
    delivery_id  UUID        NOT NULL REFERENCES deliveries (id),
    attempt      INT         NOT NULL,
    outcome      TEXT        NOT NULL CHECK (outcome IN ('SENT', 'REFUSED', 'UNAVAILABLE', 'CIRCUIT_OPEN')),
    detail       TEXT,
    latency_ms   BIGINT,
    attempted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX delivery_attempts_by_delivery ON delivery_attempts (delivery_id, id);
