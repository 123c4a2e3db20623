-- Cognito identity pools: the pools, their identities and the logins linked to each identity.
-- Configuration that is only ever read whole (providers, roles, role mappings, principal-tag maps,
-- tags) is kept as JSON text, written and read by the identity-pool store alone.

CREATE TABLE identity_pool (
    id                       varchar(55)  PRIMARY KEY,
    account_id               varchar(12)  NOT NULL,
    name                     varchar(128) NOT NULL,
    allow_unauthenticated    boolean      NOT NULL,
    allow_classic_flow       boolean      NOT NULL,
    developer_provider_name  varchar(128),
    providers                text         NOT NULL,
    roles                    text         NOT NULL,
    principal_tags           text         NOT NULL,
    tags                     text         NOT NULL,
    created_at               timestamptz  NOT NULL
);
CREATE INDEX identity_pool_account ON identity_pool(account_id, id);
-- A developer provider name belongs to one identity pool per account, as in AWS.
CREATE UNIQUE INDEX identity_pool_developer_provider ON identity_pool(account_id, developer_provider_name);

CREATE TABLE pool_identity (
    id             varchar(55)  PRIMARY KEY,
    pool_id        varchar(55)  NOT NULL REFERENCES identity_pool(id) ON DELETE CASCADE,
    created_at     timestamptz  NOT NULL,
    last_modified  timestamptz  NOT NULL
);
CREATE INDEX pool_identity_pool ON pool_identity(pool_id, id);

-- One identity per (pool, provider, subject): the row is the link that makes an identity id stable.
CREATE TABLE identity_login (
    pool_id      varchar(55)   NOT NULL REFERENCES identity_pool(id) ON DELETE CASCADE,
    provider     varchar(256)  NOT NULL,
    subject      varchar(1024) NOT NULL,
    identity_id  varchar(55)   NOT NULL REFERENCES pool_identity(id) ON DELETE CASCADE,
    linked_at    timestamptz   NOT NULL,
    PRIMARY KEY (pool_id, provider, subject)
);
CREATE INDEX identity_login_identity ON identity_login(identity_id);

-- Identity-pool OpenID tokens are signed by the same key machinery as user pools, under the key
-- owner "identity-pools", which is no user pool: the foreign key becomes a delete trigger so a
-- deleted user pool still takes its keys with it.
ALTER TABLE signing_key DROP CONSTRAINT signing_key_pool_id_fkey;

CREATE FUNCTION signing_key_drop_pool_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM signing_key WHERE pool_id = OLD.id;
    RETURN OLD;
END;
$$;

CREATE TRIGGER user_pool_signing_keys AFTER DELETE ON user_pool
    FOR EACH ROW EXECUTE FUNCTION signing_key_drop_pool_keys();
