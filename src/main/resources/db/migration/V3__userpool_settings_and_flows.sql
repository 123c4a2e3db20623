-- Issue 3: pool and client settings, per-user credentials for SRP and MFA, sign-in sessions and one-time codes.

ALTER TABLE user_pool ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE app_client ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;

-- The SRP verifier is a fast-hash password equivalent, so it is stored only encrypted under the master key.
CREATE TABLE user_srp_verifier (
    sub             uuid         PRIMARY KEY REFERENCES pool_user(sub) ON DELETE CASCADE,
    verifier_enc    bytea        NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE TABLE user_mfa (
    sub                 uuid         PRIMARY KEY REFERENCES pool_user(sub) ON DELETE CASCADE,
    totp_secret_enc     bytea,
    totp_verified       boolean      NOT NULL DEFAULT false,
    totp_last_step      bigint       NOT NULL DEFAULT -1,
    totp_enabled        boolean      NOT NULL DEFAULT false,
    email_enabled       boolean      NOT NULL DEFAULT false,
    preferred           varchar(32),
    updated_at          timestamptz  NOT NULL
);

-- A sign-in in progress between InitiateAuth and the last RespondToAuthChallenge. Only the
-- session string's hash is stored; a session is single use (each answer consumes it).
CREATE TABLE auth_session (
    id_hash         varchar(64)  PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    client_id       varchar(128) NOT NULL,
    sub             uuid         REFERENCES pool_user(sub) ON DELETE CASCADE,
    challenge       varchar(32)  NOT NULL,
    state           jsonb        NOT NULL,
    expires_at      timestamptz  NOT NULL
);
CREATE INDEX auth_session_expiry ON auth_session(expires_at);

-- One-time codes sent to users (sign-up confirmation, password reset, attribute verification,
-- email MFA). Only the hash is stored; attempts are counted so a code cannot be guessed.
CREATE TABLE user_code (
    sub             uuid         NOT NULL REFERENCES pool_user(sub) ON DELETE CASCADE,
    purpose         varchar(64)  NOT NULL,
    code_hash       varchar(64)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    expires_at      timestamptz  NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (sub, purpose)
);
CREATE INDEX user_code_expiry ON user_code(expires_at);

-- Sign-in by email (UsernameAttributes / AliasAttributes) looks users up by attribute value.
CREATE INDEX pool_user_email ON pool_user(pool_id, lower(attributes->>'email'));
CREATE INDEX pool_user_phone ON pool_user(pool_id, (attributes->>'phone_number'));

-- SECRET_HASH is an HMAC keyed by the client secret, so the server must be able to read the secret:
-- it is kept encrypted under the master key beside its Argon2id hash (which still authenticates
-- the OAuth token endpoint).
ALTER TABLE app_client ADD COLUMN secret_enc bytea;
