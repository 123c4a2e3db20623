-- IAM OpenID Connect identity providers: the issuers whose tokens AssumeRoleWithWebIdentity
-- accepts in an account. The name is the issuer URL without its scheme, as in the ARN
-- arn:aws:iam::<account>:oidc-provider/<name>. A provider registered for a user pool of this
-- deployment names the pool; it goes with the pool (ON DELETE CASCADE backs up the explicit removal).

CREATE TABLE iam_oidc_provider (
    arn           varchar(2048) PRIMARY KEY,
    account_id    varchar(12)   NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name          varchar(255)  NOT NULL,
    url           varchar(255)  NOT NULL,
    client_ids    jsonb         NOT NULL DEFAULT '[]',
    thumbprints   jsonb         NOT NULL DEFAULT '[]',
    tags          jsonb         NOT NULL DEFAULT '{}',
    user_pool_id  varchar(55)   UNIQUE REFERENCES user_pool(id) ON DELETE CASCADE,
    created_at    timestamptz   NOT NULL
);
CREATE UNIQUE INDEX iam_oidc_provider_name ON iam_oidc_provider (account_id, name);
CREATE INDEX iam_oidc_provider_url ON iam_oidc_provider (account_id, url);
