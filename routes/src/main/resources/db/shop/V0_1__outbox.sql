-- Events waiting to be published: written in the same transaction as the state change they describe.
CREATE TABLE outbox (
    id             BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    event_type     TEXT        NOT NULL,
    topic          TEXT        NOT NULL,
    message_key    TEXT        NOT NULL,
    payload        TEXT        NOT NULL,
    correlation_id TEXT,
    traceparent    TEXT,
    occurred_at    TIMESTAMPTZ NOT NULL,
    sent_at        TIMESTAMPTZ
);

CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
