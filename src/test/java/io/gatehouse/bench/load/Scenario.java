package io.gatehouse.bench.load;

/**
 * One kind of operation the load generator repeats in a closed loop on every connection. An
 * operation may take several HTTP exchanges (SRP's two legs, the code flow's three); its latency is
 * the whole operation's, and {@link #exchanges()} lets the table show requests/s beside it.
 * Implementations are shared by all connections, so any state they keep must be thread-safe.
 */
public interface Scenario {

    /** The name in the results table and on the command line, e.g. {@code client_credentials}. */
    String name();

    /** HTTP exchanges in one operation. */
    default int exchanges() {
        return 1;
    }

    /**
     * Runs once before any load (tokens to refresh, an identity to reuse); throws when the target
     * cannot serve this scenario, so a broken setup fails before it is measured.
     */
    default void prepare(Http http) throws Exception {
    }

    /** One operation; returns normally only when every answer was the expected one. */
    void operate(Http http) throws Exception;
}
