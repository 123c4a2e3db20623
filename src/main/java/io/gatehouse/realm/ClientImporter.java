package io.gatehouse.realm;

import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AppClientService;
import io.gatehouse.userpool.AppClientStore;
import io.gatehouse.userpool.ClientSecretStore;
import io.gatehouse.userpool.ClientSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates a declared app client with its fixed id and secret, or updates the settings the file
 * declares when they differ. The secret is replaced only when the declared one no longer verifies
 * against the stored hash, so an unchanged file writes nothing.
 */
@ApplicationScoped
class ClientImporter {

    private final AppClientService clients;
    private final AppClientStore store;
    private final PasswordHasher hasher;
    private final ClientSecretStore secrets;

    ClientImporter(AppClientService clients, AppClientStore store, PasswordHasher hasher, ClientSecretStore secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.store = Objects.requireNonNull(store, "store");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    void apply(ImportContext ctx, String poolId, RealmClient declared, JsonPath at) {
        try {
            // Client ids are global: one in another pool is left to create(), which reports the clash.
            Optional<AppClient> existing = store.find(declared.clientId()).filter(c -> c.poolId().equals(poolId));
            if (existing.isEmpty()) {
                clients.create(ctx.accountId(), ctx.actor(), poolId, declared.specOver(null), declared.confidential(),
                        declared.clientId(), declared.secret());
                ctx.count(Change.CREATED);
                return;
            }
            ctx.count(Change.of(update(ctx, poolId, declared, existing.get(), at)));
        } catch (GatehouseException e) {
            throw ctx.fail(at, e);
        }
    }

    private boolean update(ImportContext ctx, String poolId, RealmClient declared, AppClient current, JsonPath at) {
        if (declared.confidential() != current.isConfidential()) {
            throw ctx.fail(at.child("secret"), "app client " + declared.clientId() + " is "
                    + (current.isConfidential() ? "confidential but no secret is declared" : "public but a secret is declared")
                    + "; a client's type cannot change (delete the client to recreate it)");
        }
        ClientSpec stored = specOf(current);
        ClientSpec wanted = declared.specOver(stored);
        boolean changed = !wanted.equals(stored);
        if (changed) {
            clients.update(ctx.accountId(), ctx.actor(), poolId, declared.clientId(), wanted);
        }
        if (declared.confidential() && !hasher.verify(declared.secret(), current.secretHash())) {
            clients.resetSecret(ctx.accountId(), ctx.actor(), poolId, declared.clientId(), declared.secret());
            changed = true;
        } else if (declared.confidential() && secrets.find(declared.clientId()).isEmpty()) {
            // Clients imported before secrets were kept encrypted (for SECRET_HASH) get their readable copy.
            secrets.save(declared.clientId(), declared.secret());
            changed = true;
        }
        return changed;
    }

    private static ClientSpec specOf(AppClient c) {
        return new ClientSpec(c.name(), c.grantTypes(), c.scopes(), c.callbackUrls(), c.logoutUrls(),
                c.accessTokenValidity().toSeconds(), c.idTokenValidity().toSeconds(), c.refreshTokenValidity().toSeconds(),
                c.jwks(), c.settings());
    }
}
