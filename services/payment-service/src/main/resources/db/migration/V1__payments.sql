-- One payment per order. While the provider still has to be asked something (status PENDING, CANCELLING
-- or REFUND_PENDING), next_attempt_at says when: the command is kept here, never lost, and a scheduled
-- route retries it, so a provider outage makes payments wait instead of failing or blocking a partition.
CREATE TABLE payments (
    id                 UUID PRIMARY KEY,
    order_id           TEXT        NOT NULL UNIQUE,
    customer_id        TEXT        NOT NULL,
    amount             NUMERIC     NOT NULL CHECK (amount > 0),
    currency           CHAR(3)     NOT NULL,
    payment_method     TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('PENDING', 'CANCELLING', 'AUTHORIZED', 'DECLINED', 'CANCELLED',
                                                              'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED')),
    provider_reference TEXT,
    decline_reason     TEXT,
    refund_amount      NUMERIC CHECK (refund_amount > 0),
    refund_reason      TEXT,
    attempts           INT         NOT NULL DEFAULT 0,
    last_error         TEXT,
    next_attempt_at    TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX payments_due ON payments (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX payments_by_customer ON payments (customer_id, created_at DESC);

-- Every decision of the provider: authorizations and refunds, approved or declined, with its reference and time.
CREATE TABLE payment_transactions (
    id                 BIGSERIAL PRIMARY KEY,
    payment_id         UUID        NOT NULL REFERENCES payments (id),
    kind               TEXT        NOT NULL CHECK (kind IN ('AUTHORIZATION', 'REFUND')),
    amount             NUMERIC     NOT NULL CHECK (amount > 0),
    currency           CHAR(3)     NOT NULL,
    idempotency_key    TEXT        NOT NULL,
    provider_reference TEXT,
    result             TEXT        NOT NULL CHECK (result IN ('APPROVED', 'DECLINED')),
    detail             TEXT,
    occurred_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX payment_transactions_by_payment ON payment_transactions (payment_id, id);
