package io.gatehouse.realm;

/** What applying one declared resource did to the stored one. */
enum Change {
    CREATED, UPDATED, UNCHANGED;

    /** UPDATED when {@code changed}, else UNCHANGED. */
    static Change of(boolean changed) {
        return changed ? UPDATED : UNCHANGED;
    }
}
