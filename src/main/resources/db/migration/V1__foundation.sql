-- Foundation schema: accounts and their root credentials, user pools and everything
-- their OpenID Connect provider needs, signing keys, throttling and the audit trail.

CREATE TABLE account (
    id              varchar(12) PRIMARY KEY,
    name            varchar(128) NOT NULL,
    root_email      varchar(320) NOT NULL,
    root_password   varchar(512) NOT NULL,
    created_at      timestamptz  NOT NULL
);

CREATE TABLE access_key (
    access_key_id   varchar(32)  PRIMARY KEY,
    account_id      varchar(12)  NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    principal_arn   varchar(2048) NOT NULL,
    secret_sealed   bytea        NOT NULL,
    status          varchar(16)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    last_used_at    timestamptz
);

CREATE TABLE user_pool (
    id              varchar(55)  PRIMARY KEY,
    account_id      varchar(12)  NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name            varchar(128) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX user_pool_account ON user_pool(account_id, id);

CREATE TABLE app_client (
    client_id               varchar(128) PRIMARY KEY,
    pool_id                 varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    name                    varchar(128) NOT NULL,
    secret_hash             varchar(512),
    grant_types             jsonb        NOT NULL,
    scopes                  jsonb        NOT NULL,
    callback_urls           jsonb        NOT NULL,
    logout_urls             jsonb        NOT NULL,
    access_token_seconds    integer      NOT NULL,
    id_token_seconds        integer      NOT NULL,
    refresh_token_seconds   integer      NOT NULL,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL
);
CREATE INDEX app_client_pool ON app_client(pool_id, client_id);

CREATE TABLE resource_server (
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    identifier      varchar(256) NOT NULL,
    name            varchar(256) NOT NULL,
    scopes          jsonb        NOT NULL,
    PRIMARY KEY (pool_id, identifier)
);

CREATE TABLE pool_group (
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    name            varchar(128) NOT NULL,
    description     varchar(2048),
    precedence      integer,
    role_arn        varchar(2048),
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (pool_id, name)
);

CREATE TABLE pool_user (
    sub             uuid         PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    username        varchar(128) NOT NULL,
    username_key    varchar(128) NOT NULL,
    enabled         boolean      NOT NULL,
    status          varchar(32)  NOT NULL,
    password_hash   varchar(512),
    attributes      jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    UNIQUE (pool_id, username_key)
);

CREATE TABLE group_member (
    pool_id         varchar(55)  NOT NULL,
    group_name      varchar(128) NOT NULL,
    sub             uuid         NOT NULL REFERENCES pool_user(sub) ON DELETE CASCADE,
    PRIMARY KEY (pool_id, group_name, sub),
    FOREIGN KEY (pool_id, group_name) REFERENCES pool_group(pool_id, name) ON DELETE CASCADE
);
CREATE INDEX group_member_user ON group_member(sub);

CREATE TABLE signing_key (
    kid             varchar(64)  PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    algorithm       varchar(16)  NOT NULL,
    public_jwk      text         NOT NULL,
    private_sealed  bytea        NOT NULL,
    created_at      timestamptz  NOT NULL,
    signs_from      timestamptz  NOT NULL,
    retired_at      timestamptz,
    publish_until   timestamptz
);
CREATE INDEX signing_key_pool ON signing_key(pool_id, signs_from);

CREATE TABLE login_transaction (
    id_hash         varchar(64)  PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    request         jsonb        NOT NULL,
    csrf_hash       varchar(64)  NOT NULL,
    expires_at      timestamptz  NOT NULL
);

CREATE TABLE sso_session (
    id_hash         varchar(64)  PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    sub             uuid         NOT NULL REFERENCES pool_user(sub) ON DELETE CASCADE,
    auth_time       timestamptz  NOT NULL,
    amr             jsonb        NOT NULL,
    expires_at      timestamptz  NOT NULL,
    revoked_at      timestamptz
);

CREATE TABLE token_family (
    id              varchar(64)  PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    client_id       varchar(128) NOT NULL,
    sub             uuid         NOT NULL REFERENCES pool_user(sub) ON DELETE CASCADE,
    scope           varchar(4096) NOT NULL,
    auth_time       timestamptz  NOT NULL,
    amr             jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    revoked_at      timestamptz
);

CREATE TABLE authorization_code (
    code_hash       varchar(64)  PRIMARY KEY,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    client_id       varchar(128) NOT NULL,
    sub             uuid         NOT NULL REFERENCES pool_user(sub) ON DELETE CASCADE,
    redirect_uri    varchar(2048) NOT NULL,
    scope           varchar(4096) NOT NULL,
    nonce           varchar(512),
    code_challenge  varchar(128),
    auth_time       timestamptz  NOT NULL,
    amr             jsonb        NOT NULL,
    expires_at      timestamptz  NOT NULL,
    consumed_at     timestamptz,
    family_id       varchar(64)
);

CREATE TABLE refresh_token (
    token_hash      varchar(64)  PRIMARY KEY,
    family_id       varchar(64)  NOT NULL REFERENCES token_family(id) ON DELETE CASCADE,
    created_at      timestamptz  NOT NULL,
    rotated_at      timestamptz
);
CREATE INDEX refresh_token_family ON refresh_token(family_id);

CREATE TABLE sign_in_throttle (
    throttle_key    varchar(320) PRIMARY KEY,
    failures        integer      NOT NULL,
    last_failure_at timestamptz  NOT NULL,
    blocked_until   timestamptz
);

CREATE TABLE audit_event (
    id              bigserial    PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    account_id      varchar(12),
    pool_id         varchar(55),
    actor           varchar(2048),
    action          varchar(128) NOT NULL,
    outcome         varchar(16)  NOT NULL,
    reason          varchar(256),
    target          varchar(2048),
    source_ip       varchar(64),
    user_agent      varchar(512),
    request_id      varchar(64)
);
CREATE INDEX audit_event_time ON audit_event(occurred_at, id);
CREATE INDEX audit_event_pool ON audit_event(pool_id, id);
