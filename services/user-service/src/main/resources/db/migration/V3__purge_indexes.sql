-- The hourly session purge deletes expired refresh tokens and old login failures by these, without reading
-- either table whole.
CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at);
CREATE INDEX login_failures_failed_at ON login_failures (failed_at);
