-- IAM: users, groups, roles, managed and inline policies, attachments, virtual MFA devices,
-- and the account-level settings (alias, password policy). Names are unique per account
-- case-insensitively, as in IAM. Ids are IAM's unique ids (AIDA… users, AGPA… groups,
-- AROA… roles, ANPA… policies). Attachments name policies by ARN so that Gatehouse-managed
-- policies (arn:aws:iam::aws:policy/…) attach the same way as customer managed ones.

ALTER TABLE account ADD COLUMN alias varchar(63);
CREATE UNIQUE INDEX account_alias_key ON account (alias) WHERE alias IS NOT NULL;
ALTER TABLE account ADD COLUMN password_policy jsonb;
ALTER TABLE account ADD COLUMN root_password_last_used timestamptz;

CREATE TABLE iam_user (
    id                      varchar(21)   PRIMARY KEY,
    account_id              varchar(12)   NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name                    varchar(64)   NOT NULL,
    path                    varchar(512)  NOT NULL,
    permissions_boundary    varchar(2048),
    tags                    jsonb         NOT NULL DEFAULT '{}',
    created_at              timestamptz   NOT NULL,
    password_hash           varchar(512),
    password_reset_required boolean       NOT NULL DEFAULT false,
    password_set_at         timestamptz,
    password_last_used      timestamptz
);
CREATE UNIQUE INDEX iam_user_name_key ON iam_user (account_id, lower(name));

CREATE TABLE iam_group (
    id          varchar(21)  PRIMARY KEY,
    account_id  varchar(12)  NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name        varchar(128) NOT NULL,
    path        varchar(512) NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX iam_group_name_key ON iam_group (account_id, lower(name));

CREATE TABLE iam_group_member (
    group_id    varchar(21) NOT NULL REFERENCES iam_group(id) ON DELETE CASCADE,
    user_id     varchar(21) NOT NULL REFERENCES iam_user(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX iam_group_member_user ON iam_group_member (user_id);

CREATE TABLE iam_role (
    id                    varchar(21)   PRIMARY KEY,
    account_id            varchar(12)   NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name                  varchar(64)   NOT NULL,
    path                  varchar(512)  NOT NULL,
    description           varchar(1000),
    trust_policy          text          NOT NULL,
    max_session_duration  integer       NOT NULL,
    permissions_boundary  varchar(2048),
    tags                  jsonb         NOT NULL DEFAULT '{}',
    created_at            timestamptz   NOT NULL,
    last_used_at          timestamptz
);
CREATE UNIQUE INDEX iam_role_name_key ON iam_role (account_id, lower(name));

CREATE TABLE iam_policy (
    id              varchar(21)   PRIMARY KEY,
    account_id      varchar(12)   NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name            varchar(128)  NOT NULL,
    path            varchar(512)  NOT NULL,
    description     varchar(1000),
    default_version integer       NOT NULL,
    next_version    integer       NOT NULL,
    tags            jsonb         NOT NULL DEFAULT '{}',
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL
);
CREATE UNIQUE INDEX iam_policy_name_key ON iam_policy (account_id, lower(name));

CREATE TABLE iam_policy_version (
    policy_id   varchar(21) NOT NULL REFERENCES iam_policy(id) ON DELETE CASCADE,
    version     integer     NOT NULL,
    document    text        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (policy_id, version)
);

-- principal_type: 'user', 'group' or 'role'; principal_id: the iam_user/iam_group/iam_role id.
CREATE TABLE iam_inline_policy (
    principal_type  varchar(8)   NOT NULL,
    principal_id    varchar(21)  NOT NULL,
    name            varchar(128) NOT NULL,
    document        text         NOT NULL,
    PRIMARY KEY (principal_type, principal_id, name)
);

CREATE TABLE iam_attached_policy (
    principal_type  varchar(8)    NOT NULL,
    principal_id    varchar(21)   NOT NULL,
    policy_arn      varchar(2048) NOT NULL,
    PRIMARY KEY (principal_type, principal_id, policy_arn)
);
CREATE INDEX iam_attached_policy_arn ON iam_attached_policy (policy_arn);

-- A virtual MFA device; user_id is null while unassigned, root_account_id set when the
-- account's root user enabled it. The seed is sealed under the master key.
CREATE TABLE iam_mfa_device (
    serial_number    varchar(256) PRIMARY KEY,
    account_id       varchar(12)  NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    seed_sealed      bytea        NOT NULL,
    user_id          varchar(21)  REFERENCES iam_user(id) ON DELETE SET NULL,
    root_account_id  varchar(12)  REFERENCES account(id) ON DELETE CASCADE,
    enabled_at       timestamptz,
    last_used_step   bigint,
    tags             jsonb        NOT NULL DEFAULT '{}',
    created_at       timestamptz  NOT NULL
);
CREATE INDEX iam_mfa_device_user ON iam_mfa_device (user_id);

-- Access keys now belong to the root user (user_id null) or an IAM user.
ALTER TABLE access_key ADD COLUMN user_id varchar(21) REFERENCES iam_user(id) ON DELETE CASCADE;
ALTER TABLE access_key ADD COLUMN last_used_service varchar(64);
ALTER TABLE access_key ADD COLUMN last_used_region varchar(32);
CREATE INDEX access_key_user ON access_key (user_id);
