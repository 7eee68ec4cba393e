-- A login's family of refresh tokens gets a row of its own, which holds the family's owner and revocation.
-- Every rotation and every revocation locks this row first, so they happen one after the other: a token
-- issued by a rotation is either revoked with its family or never issued because the family was revoked.
CREATE TABLE refresh_token_families (
    family_id  UUID PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    revoked_at TIMESTAMPTZ
);

CREATE INDEX refresh_token_families_user ON refresh_token_families (user_id) WHERE revoked_at IS NULL;

-- A family with a revoked token was revoked. A token's status now only says whether it was used up (rotated),
-- which the revoked tokens of those families are.
INSERT INTO refresh_token_families (family_id, user_id, revoked_at)
SELECT family_id, user_id, CASE WHEN bool_or(status = 'REVOKED') THEN now() END
FROM refresh_tokens
GROUP BY family_id, user_id;

UPDATE refresh_tokens SET status = 'ROTATED' WHERE status = 'REVOKED';

DROP INDEX refresh_tokens_user;

ALTER TABLE refresh_tokens
    DROP CONSTRAINT refresh_tokens_status_check,
    ADD CONSTRAINT refresh_tokens_status_check CHECK (status IN ('ACTIVE', 'ROTATED')),
    DROP COLUMN user_id,
    ADD CONSTRAINT refresh_tokens_family_fk FOREIGN KEY (family_id)
        REFERENCES refresh_token_families (family_id) ON DELETE CASCADE;
