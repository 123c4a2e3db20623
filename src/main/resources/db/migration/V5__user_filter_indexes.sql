-- ListUsers filter (userpool.UserFilter, run by PgUserStore.search): expression indexes on exactly
-- the SQL expressions the search compares, each led by pool_id as every search is within one pool.
-- text_pattern_ops (byte-wise order) serves both the exact filter (=) and the prefix filter (^=),
-- which the search writes as LIKE 'prefix%' plus the range ~>=~ 'prefix' AND ~<~ '<next prefix>'
-- so that a generic plan with bound parameters can still use the index.
--
-- V3's pool_user_email is on lower(attributes->>'email'), the case-insensitive sign-in lookup; the
-- filter compares case-sensitively, so it needs its own index. V3's pool_user_phone is on the same
-- expression as the filter but in the default operator class, which cannot serve prefixes: it is
-- replaced by a text_pattern_ops index that serves the sign-in lookup (=) and both filters.
-- The status filter ("Enabled"/"Disabled") is not indexed: two values select too much to benefit.

CREATE INDEX pool_user_filter_email ON pool_user (pool_id, (attributes ->> 'email') text_pattern_ops);
CREATE INDEX pool_user_filter_name ON pool_user (pool_id, (attributes ->> 'name') text_pattern_ops);
CREATE INDEX pool_user_filter_given_name ON pool_user (pool_id, (attributes ->> 'given_name') text_pattern_ops);
CREATE INDEX pool_user_filter_family_name ON pool_user (pool_id, (attributes ->> 'family_name') text_pattern_ops);
CREATE INDEX pool_user_filter_preferred_username
    ON pool_user (pool_id, (attributes ->> 'preferred_username') text_pattern_ops);

DROP INDEX pool_user_phone;
CREATE INDEX pool_user_phone ON pool_user (pool_id, (attributes ->> 'phone_number') text_pattern_ops);

-- username = "x" is served by the unique (pool_id, username_key); username ^= "x" needs byte-wise order.
CREATE INDEX pool_user_filter_username ON pool_user (pool_id, username_key text_pattern_ops);
CREATE INDEX pool_user_filter_user_status ON pool_user (pool_id, status text_pattern_ops);
CREATE INDEX pool_user_filter_sub ON pool_user (pool_id, (CAST(sub AS text)) text_pattern_ops);
