-- IAM principals: earlier password hashes of each IAM user (newest first, at most 24) for the
-- password policy's PasswordReusePrevention, and the latest credential report of each account.

ALTER TABLE iam_user ADD COLUMN password_history jsonb NOT NULL DEFAULT '[]';

CREATE TABLE iam_credential_report (
    account_id    varchar(12) PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    content       text        NOT NULL,
    generated_at  timestamptz NOT NULL
);
