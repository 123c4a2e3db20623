package io.gatehouse.userpool;

/**
 * Lets other features react inside the same transaction when a pool is created or deleted, e.g. to
 * create its first signing key, without the user-pool feature depending on them.
 */
public interface PoolChangeListener {

    void poolCreated(UserPool pool);

    /** Called inside the deleting transaction, before the pool's rows go. */
    default void poolDeleted(UserPool pool) {
    }
}
