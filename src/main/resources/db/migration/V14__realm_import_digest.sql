-- What each realm file was when it was last imported successfully: a start-up skips a file whose
-- digest (content, the account a file without accountId applies to, the Gatehouse version) is the
-- recorded one, instead of re-reading every declared resource (1,000 users take seconds). The row
-- is written in the import's own transaction, so it never names a file that was not applied.

CREATE TABLE realm_import (
    file_name    varchar(255) PRIMARY KEY,
    digest       varchar(64)  NOT NULL,
    imported_at  timestamptz  NOT NULL
);
