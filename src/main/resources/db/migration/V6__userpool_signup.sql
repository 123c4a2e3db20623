-- Self-service account flows (userpool.signup): how many codes were issued to a user for one purpose
-- in the current window, so ResendConfirmationCode / ForgotPassword cannot flood a mailbox. The
-- counter lives on the (sub, purpose) row that holds the one live code and restarts with a new window.
ALTER TABLE user_code ADD COLUMN issued integer NOT NULL DEFAULT 1;
ALTER TABLE user_code ADD COLUMN window_started_at timestamptz;
