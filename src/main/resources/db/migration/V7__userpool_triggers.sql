-- Signing secrets of user-pool triggers (userpool.triggers.TriggerSecrets): one per pool, an
-- HMAC-SHA256 key that signs every webhook call (X-Gatehouse-Signature). Kept out of the pool's
-- settings jsonb, which the admin API returns, and stored only sealed under the master key
-- (kms.EnvelopeCipher, context "user_pool.trigger_secret:<pool id>").

CREATE TABLE user_pool_trigger_secret (
    pool_id     varchar(55) PRIMARY KEY REFERENCES user_pool(id) ON DELETE CASCADE,
    secret_enc  bytea       NOT NULL,
    created_at  timestamptz NOT NULL
);
