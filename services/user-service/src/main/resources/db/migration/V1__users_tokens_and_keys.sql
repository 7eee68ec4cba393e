-- Accounts: contact data and notification preferences, the bcrypt password hash and the roles.
-- email is stored trimmed and lower-cased, so the unique index makes it unique however it is typed.
CREATE TABLE users (
    id            UUID PRIMARY KEY,
    email         TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    phone         TEXT,
    address       JSONB,
    channels      TEXT[]      NOT NULL,
    push_token    TEXT,
    roles         TEXT[]      NOT NULL,
    locked        BOOLEAN     NOT NULL DEFAULT false,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_created ON users (created_at, id);

-- Failed logins by the email they named (known or not) and the client address: what throttling counts.
CREATE TABLE login_failures (
    id        BIGSERIAL PRIMARY KEY,
    email     TEXT        NOT NULL,
    client_ip TEXT        NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX login_failures_email ON login_failures (email, failed_at);
CREATE INDEX login_failures_client ON login_failures (client_ip, failed_at);

-- Refresh tokens, kept only as SHA-256 hashes. A login starts a family; each use rotates the token
-- (ACTIVE -> ROTATED, a new ACTIVE one in the family); a rotated token used again revokes the family.
CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id  UUID        NOT NULL,
    user_id    UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status     TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'ROTATED', 'REVOKED')),
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id) WHERE status = 'ACTIVE';

-- Access-token signing keys (RSA 2048). The private key is sealed with the configured secret
-- (JWE, PBES2); the newest unretired key signs, retired ones stay published until their tokens expired.
CREATE TABLE signing_keys (
    kid         TEXT PRIMARY KEY,
    public_jwk  TEXT        NOT NULL,
    sealed_jwk  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ
);
