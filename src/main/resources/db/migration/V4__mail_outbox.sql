-- Dev outbox (mail.MailSender): e-mail of user pools that was not delivered because no SMTP server
-- is configured. Bodies hold one-time codes in clear text, so rows exist only in runs without SMTP
-- and are deleted after gatehouse.mail.outbox-retention (mail.OutboxCleanupJob).

CREATE TABLE mail_outbox (
    id              uuid         PRIMARY KEY,
    account_id      varchar(12)  NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    pool_id         varchar(55)  NOT NULL REFERENCES user_pool(id) ON DELETE CASCADE,
    recipient       varchar(254) NOT NULL,
    subject         varchar(998) NOT NULL,
    text_body       text         NOT NULL,
    html_body       text,
    purpose         varchar(64)  NOT NULL,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX mail_outbox_pool ON mail_outbox(pool_id, created_at DESC, id DESC);
CREATE INDEX mail_outbox_created ON mail_outbox(created_at);
