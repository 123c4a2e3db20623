-- Organizations: one organization per management account, its root, nested organizational units,
-- member accounts, service control policies and where they are attached. Parents (a root or an
-- OU id) and attachment targets (a root, OU or account id) are polymorphic, so the service checks
-- them; everything else is held by foreign keys and cascades when the organization is deleted.

CREATE TABLE organization (
    id                      varchar(34)  PRIMARY KEY,
    management_account_id   varchar(12)  NOT NULL UNIQUE REFERENCES account(id) ON DELETE CASCADE,
    feature_set             varchar(32)  NOT NULL,
    created_at              timestamptz  NOT NULL
);

CREATE TABLE org_root (
    id          varchar(34)  PRIMARY KEY,
    org_id      varchar(34)  NOT NULL UNIQUE REFERENCES organization(id) ON DELETE CASCADE,
    name        varchar(128) NOT NULL
);

-- Policy types enabled on a root (only SERVICE_CONTROL_POLICY in this version).
CREATE TABLE org_root_policy_type (
    root_id     varchar(34)  NOT NULL REFERENCES org_root(id) ON DELETE CASCADE,
    policy_type varchar(64)  NOT NULL,
    PRIMARY KEY (root_id, policy_type)
);

CREATE TABLE org_unit (
    id          varchar(68)  PRIMARY KEY,
    org_id      varchar(34)  NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    parent_id   varchar(68)  NOT NULL,
    name        varchar(128) NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX org_unit_name_key ON org_unit (parent_id, name);
CREATE INDEX org_unit_org ON org_unit (org_id);

-- An account belongs to at most one organization (the primary key).
CREATE TABLE org_account (
    account_id      varchar(12)  PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    org_id          varchar(34)  NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    parent_id       varchar(68)  NOT NULL,
    joined_method   varchar(16)  NOT NULL,
    joined_at       timestamptz  NOT NULL,
    status          varchar(16)  NOT NULL
);
CREATE INDEX org_account_org ON org_account (org_id);

-- org_id is null for AWS managed policies, which every organization shares.
CREATE TABLE org_policy (
    id          varchar(130)  PRIMARY KEY,
    org_id      varchar(34)   REFERENCES organization(id) ON DELETE CASCADE,
    type        varchar(64)   NOT NULL,
    name        varchar(128)  NOT NULL,
    description varchar(512)  NOT NULL,
    content     text          NOT NULL,
    aws_managed boolean       NOT NULL
);
CREATE UNIQUE INDEX org_policy_name_key ON org_policy (org_id, type, name) WHERE org_id IS NOT NULL;

INSERT INTO org_policy (id, org_id, type, name, description, content, aws_managed) VALUES
    ('p-FullAWSAccess', NULL, 'SERVICE_CONTROL_POLICY', 'FullAWSAccess',
     'Allows access to every operation',
     '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}', true);

CREATE TABLE org_policy_attachment (
    org_id      varchar(34)   NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    policy_id   varchar(130)  NOT NULL REFERENCES org_policy(id) ON DELETE CASCADE,
    target_id   varchar(68)   NOT NULL,
    PRIMARY KEY (org_id, policy_id, target_id)
);
CREATE INDEX org_policy_attachment_target ON org_policy_attachment (org_id, target_id);

-- CreateAccount requests and their outcome (Gatehouse completes them synchronously).
CREATE TABLE org_create_account_status (
    id              varchar(64)  PRIMARY KEY,
    org_id          varchar(34)  NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    account_name    varchar(50)  NOT NULL,
    account_id      varchar(12),
    state           varchar(16)  NOT NULL,
    failure_reason  varchar(64),
    requested_at    timestamptz  NOT NULL,
    completed_at    timestamptz
);
CREATE INDEX org_create_account_status_org ON org_create_account_status (org_id);
