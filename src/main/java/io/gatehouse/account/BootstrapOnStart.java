package io.gatehouse.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * Creates the bootstrap account at start (on an empty database only), then fires
 * {@link BootstrapReady} for what depends on it, such as the realm import.
 */
@ApplicationScoped
public class BootstrapOnStart {

    private final AccountService accounts;
    private final BootstrapConfig bootstrap;
    private final Event<BootstrapReady> ready;

    public BootstrapOnStart(AccountService accounts, BootstrapConfig bootstrap, Event<BootstrapReady> ready) {
        this.accounts = accounts;
        this.bootstrap = bootstrap;
        this.ready = ready;
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        ready.fire(new BootstrapReady(accounts.bootstrap(bootstrap)));
    }

    /** Fired once the bootstrap account exists; carries its id. */
    public record BootstrapReady(String bootstrapAccountId) {
    }
}
