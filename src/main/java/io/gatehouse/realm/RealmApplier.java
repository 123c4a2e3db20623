package io.gatehouse.realm;

import io.gatehouse.account.AccountService;
import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Applies one parsed realm file in ONE transaction, so a file whose Nth element is refused leaves
 * nothing behind. The order is fixed by what depends on what: IAM before the user pools (whose
 * groups may name its roles), both before the identity pools (which name roles, user pools and their
 * app clients); within a pool, resource servers before the clients that use their
 * scopes, groups before the users that join them. Nodes that
 * start together take turns (advisory lock), so each file is applied by one node at a time. The
 * file's digest is recorded in the same transaction, so the ledger never names a file whose
 * application rolled back.
 */
@ApplicationScoped
class RealmApplier {

    /** Hashing each new user's password (Argon2id) makes big files slow: allow ten minutes. */
    private static final int TIMEOUT_SECONDS = 600;

    private final AccountService accounts;
    private final PoolImporter pools;
    private final ResourceServerImporter resourceServers;
    private final ClientImporter clients;
    private final GroupImporter groups;
    private final UserImporter users;
    private final IamImporter iam;
    private final IdentityPoolImporter identityPools;
    private final SingletonJob singleton;
    private final RealmImportLedger ledger;
    private final Clock clock;

    RealmApplier(AccountService accounts, PoolImporter pools, ResourceServerImporter resourceServers,
                 ClientImporter clients, GroupImporter groups, UserImporter users, IamImporter iam,
                 IdentityPoolImporter identityPools, SingletonJob singleton, RealmImportLedger ledger, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.resourceServers = Objects.requireNonNull(resourceServers, "resourceServers");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.users = Objects.requireNonNull(users, "users");
        this.iam = Objects.requireNonNull(iam, "iam");
        this.identityPools = Objects.requireNonNull(identityPools, "identityPools");
        this.singleton = Objects.requireNonNull(singleton, "singleton");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    ImportResult apply(String file, String digest, RealmFile realm, String defaultAccountId) {
        singleton.lock(JobLock.STARTUP);
        String accountId = realm.accountId() != null ? realm.accountId() : defaultAccountId;
        if (accounts.account(accountId).isEmpty()) {
            throw new RealmFileException(file, JsonPath.ROOT.child("accountId"), "account " + accountId + " does not exist");
        }
        ImportContext ctx = new ImportContext(file, accountId);
        iam.apply(ctx, realm.iam(), JsonPath.ROOT.child("iam"));
        JsonPath poolsPath = JsonPath.ROOT.child("userPools");
        for (int i = 0; i < realm.userPools().size(); i++) {
            applyPool(ctx, realm.userPools().get(i), poolsPath.index(i));
        }
        each(realm.identityPools(), JsonPath.ROOT.child("identityPools"), (p, at) -> identityPools.apply(ctx, p, at));
        ledger.record(file, digest, clock.instant());
        return ctx.result();
    }

    private void applyPool(ImportContext ctx, RealmUserPool pool, JsonPath at) {
        String poolId = pools.apply(ctx, pool, at);
        each(pool.resourceServers(), at.child("resourceServers"), (s, p) -> resourceServers.apply(ctx, poolId, s, p));
        each(pool.clients(), at.child("clients"), (c, p) -> clients.apply(ctx, poolId, c, p));
        each(pool.groups(), at.child("groups"), (g, p) -> groups.apply(ctx, poolId, g, p));
        each(pool.users(), at.child("users"), (u, p) -> users.apply(ctx, poolId, u, p));
    }

    private static <T> void each(List<T> items, JsonPath at, Step<T> step) {
        for (int i = 0; i < items.size(); i++) {
            step.apply(items.get(i), at.index(i));
        }
    }

    private interface Step<T> {
        void apply(T item, JsonPath at);
    }
}
