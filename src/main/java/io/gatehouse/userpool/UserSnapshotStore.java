package io.gatehouse.userpool;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads a {@link UserSnapshot} for {@link UserDirectory}. The read goes to the database every
 * time and returns the rows as they are now (the caller's own flushed writes included), never a
 * copy an earlier read of the same transaction left in memory, so a snapshot read inside a longer
 * transaction is as fresh as one read in a transaction of its own.
 */
public interface UserSnapshotStore {

    /** Empty when there is no user {@code sub}; a disabled user is returned too. */
    Optional<UserSnapshot> read(UUID sub);
}
