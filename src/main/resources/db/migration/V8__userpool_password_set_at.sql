-- When the password last changed: a temporary password expires from it, not from any later edit of the user.
ALTER TABLE pool_user ADD COLUMN password_set_at timestamptz;
UPDATE pool_user SET password_set_at = updated_at;
ALTER TABLE pool_user ALTER COLUMN password_set_at SET NOT NULL;
