package io.gatehouse.identitypool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.PoolIdentity.LinkedLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Identities of identity pools: GetId (a guest, or the one identity of a set of logins, linking
 * new logins to it), DescribeIdentity, ListIdentities and DeleteIdentities. A login is linked to
 * one identity for good, so its identity id is stable across sign-ins. Every issuance attempt is
 * audited, failures included, on their own transaction.
 */
@ApplicationScoped
public class IdentityService {

    static final String UNAUTHENTICATED_DISABLED = "Unauthenticated access is not supported for this identity pool.";

    private final IdentityPoolService pools;
    private final IdentityPoolStore store;
    private final LoginVerifier logins;
    private final AuditLog audit;
    private final Clock clock;

    public IdentityService(IdentityPoolService pools, IdentityPoolStore store, LoginVerifier logins, AuditLog audit,
                           Clock clock) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.store = Objects.requireNonNull(store, "store");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** GetId: the identity of the logins (created on first use), or a new guest identity without logins. */
    @Transactional
    public String getId(String accountId, String poolId, Map<String, String> loginTokens) {
        return audited("identity.getid", poolId, () -> {
            IdentityPool pool = pools.find(poolId);
            if (accountId != null && !accountId.equals(pool.accountId())) {
                throw IdentityPoolService.notFound(poolId);
            }
            List<VerifiedLogin> verified = logins.verify(pool, loginTokens);
            String identityId;
            if (verified.isEmpty()) {
                requireGuestsAllowed(pool);
                identityId = create(pool.id()).id();
            } else {
                identityId = resolve(pool, verified, null);
            }
            audit.record(AuditEntry.success("identity.getid").withAccount(pool.accountId()).withTarget(identityId));
            return identityId;
        });
    }

    /**
     * The identity that {@code verified} logins belong to, linking the ones not yet linked.
     * {@code expected} (GetCredentialsForIdentity, GetOpenIdToken) is the identity the caller
     * names: a login of another identity is then a conflict; without it, one is created when no
     * login is linked yet.
     */
    String resolve(IdentityPool pool, List<VerifiedLogin> verified, String expected) {
        Set<String> linked = new LinkedHashSet<>();
        List<LinkedLogin> unlinked = new ArrayList<>();
        for (VerifiedLogin login : verified) {
            if (IdentityPoolArns.FEDERATED_PRINCIPAL.equals(login.provider())) {
                linked.add(login.subject());
                continue;
            }
            LinkedLogin link = new LinkedLogin(login.provider(), login.subject());
            store.identityOf(pool.id(), link).ifPresentOrElse(linked::add, () -> unlinked.add(link));
        }
        lockUnlinked(pool.id(), unlinked, linked);
        if (expected != null) {
            requireProven(expected, linked);
            linked.add(expected);
        }
        if (linked.size() > 1) {
            throw new GatehouseException(IdentityPoolError.RESOURCE_CONFLICT,
                    "The logins are linked to different identities" + (expected == null ? "." : " than " + expected + "."));
        }
        String identityId = linked.isEmpty() ? create(pool.id()).id() : linked.iterator().next();
        Instant now = clock.instant();
        for (LinkedLogin link : unlinked) {
            if (!store.link(pool.id(), link, identityId, now)) {
                throw new GatehouseException(IdentityPoolError.RESOURCE_CONFLICT,
                        "Login " + link.provider() + " was linked to another identity concurrently; retry.");
            }
            audit.record(AuditEntry.success("identity.link").withAccount(pool.accountId()).withActor(identityId)
                    .withTarget(link.provider()));
        }
        if (!unlinked.isEmpty()) {
            store.touchIdentity(identityId, now);
        }
        return identityId;
    }

    /**
     * Re-reads each login not linked yet under its lock, in one order so two requests never wait
     * on each other; a login another request linked meanwhile moves to {@code linked}.
     */
    private void lockUnlinked(String poolId, List<LinkedLogin> unlinked, Set<String> linked) {
        unlinked.sort(Comparator.comparing(LinkedLogin::provider).thenComparing(LinkedLogin::subject));
        for (Iterator<LinkedLogin> pending = unlinked.iterator(); pending.hasNext(); ) {
            Optional<String> owner = store.identityOfLocked(poolId, pending.next());
            if (owner.isPresent()) {
                linked.add(owner.get());
                pending.remove();
            }
        }
    }

    /**
     * An identity id is no secret, so a new login may join an identity only when the identity is a
     * guest or another of the request's logins is already linked (to it, or else to another identity,
     * which is then a conflict); else anyone could attach their login to someone else's identity.
     */
    private void requireProven(String identityId, Set<String> linked) {
        boolean guest = store.findIdentity(identityId).map(i -> !i.authenticated()).orElse(true);
        if (!guest && linked.isEmpty()) {
            throw new GatehouseException(CommonError.NOT_AUTHORIZED,
                    "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        }
    }

    public PoolIdentity describe(String accountId, String identityId) {
        PoolIdentity identity = find(identityId);
        pools.describe(accountId, identity.poolId());
        return identity;
    }

    /** An identity by id alone (unsigned operations); unknown is ResourceNotFoundException. */
    public PoolIdentity find(String identityId) {
        IdentityPoolRules.id(identityId, "identityId");
        return store.findIdentity(identityId).orElseThrow(() -> notFound(identityId));
    }

    /** ListIdentities; {@code hideDisabled} is accepted as in AWS, where no Gatehouse identity is ever disabled. */
    public List<PoolIdentity> list(String accountId, String poolId, String afterId, int limit) {
        pools.describe(accountId, poolId);
        return store.listIdentities(poolId, afterId, limit);
    }

    /** DeleteIdentities: the ids that could not be deleted (unknown, or of another account). */
    @Transactional
    public List<String> delete(String accountId, String actor, List<String> identityIds) {
        if (identityIds == null || identityIds.isEmpty() || identityIds.size() > 60) {
            throw IdentityPoolRules.invalid("Value at 'identityIdsToDelete' failed to satisfy constraint: "
                    + "Member must have length between 1 and 60");
        }
        identityIds.forEach(id -> IdentityPoolRules.id(id, "identityIdsToDelete.member"));
        List<String> unprocessed = new ArrayList<>();
        for (String id : identityIds) {
            Optional<PoolIdentity> identity = store.findIdentity(id)
                    .filter(i -> store.find(i.poolId()).map(p -> p.accountId().equals(accountId)).orElse(false));
            if (identity.isEmpty()) {
                unprocessed.add(id);
                continue;
            }
            store.deleteIdentity(id);
            audit.record(AuditEntry.success("identity.delete").withAccount(accountId).withActor(actor).withTarget(id));
        }
        return unprocessed;
    }

    /**
     * UnlinkIdentity: removes the logins of the {@code loginsToRemove} providers from the identity.
     * The caller proves the identity with {@code loginTokens}, each of which must be linked to it.
     */
    @Transactional
    public void unlink(String identityId, Map<String, String> loginTokens, List<String> loginsToRemove) {
        PoolIdentity identity = find(identityId);
        IdentityPool pool = store.find(identity.poolId()).orElseThrow(() -> notFound(identityId));
        IdentityPoolRules.size(loginsToRemove, "loginsToRemove", IdentityPoolRules.MAX_LOGINS);
        List<VerifiedLogin> verified = logins.verify(pool, loginTokens);
        boolean proven = !verified.isEmpty() && verified.stream().allMatch(v ->
                identity.logins().contains(new LinkedLogin(v.provider(), v.subject())));
        if (!proven) {
            throw new GatehouseException(CommonError.NOT_AUTHORIZED,
                    "Logins don't match. Please include at least one valid login for this identity or identity pool.");
        }
        identity.logins().stream().filter(l -> loginsToRemove.contains(l.provider()))
                .forEach(l -> store.unlink(pool.id(), l));
        store.touchIdentity(identityId, clock.instant());
        audit.record(AuditEntry.success("identity.unlink").withAccount(pool.accountId()).withActor(identityId)
                .withTarget(String.join(",", loginsToRemove)));
    }

    PoolIdentity create(String poolId) {
        Instant now = clock.instant();
        String region = poolId.substring(0, poolId.indexOf(':'));
        PoolIdentity identity = new PoolIdentity(region + ":" + UUID.randomUUID(), poolId, List.of(), now, now);
        store.insertIdentity(identity);
        audit.record(AuditEntry.success("identity.create").withTarget(identity.id()).withActor(poolId));
        return identity;
    }

    static void requireGuestsAllowed(IdentityPool pool) {
        if (!pool.allowUnauthenticated()) {
            throw new GatehouseException(CommonError.NOT_AUTHORIZED, UNAUTHENTICATED_DISABLED);
        }
    }

    /** Runs an issuance step, recording its failure on a transaction of its own. */
    <T> T audited(String action, String target, Supplier<T> step) {
        try {
            return step.get();
        } catch (GatehouseException e) {
            audit.recordAlone(AuditEntry.failure(action, e.code().awsName()).withTarget(target));
            throw e;
        }
    }

    static GatehouseException notFound(String identityId) {
        return new GatehouseException(CommonError.NOT_FOUND, "Identity '" + identityId + "' not found.");
    }
}
