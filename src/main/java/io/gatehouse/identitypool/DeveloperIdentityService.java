package io.gatehouse.identitypool;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.PoolIdentity.LinkedLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Developer-authenticated identities: the app's backend (signed) vouches for its own user ids under
 * the pool's {@code DeveloperProviderName}. GetOpenIdTokenForDeveloperIdentity links a user id to an
 * identity and returns a token valid for up to 24 hours; LookupDeveloperIdentity,
 * MergeDeveloperIdentities and UnlinkDeveloperIdentity manage those links.
 */
@ApplicationScoped
public class DeveloperIdentityService {

    public static final int MAX_TOKEN_SECONDS = 86_400;

    private final IdentityPoolService pools;
    private final IdentityService identities;
    private final IdentityPoolStore store;
    private final LoginVerifier logins;
    private final IdentityPoolTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    public DeveloperIdentityService(IdentityPoolService pools, IdentityService identities, IdentityPoolStore store,
                                    LoginVerifier logins, IdentityPoolTokens tokens, AuditLog audit, Clock clock) {
        this.pools = Objects.requireNonNull(pools, "pools");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.store = Objects.requireNonNull(store, "store");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What GetOpenIdTokenForDeveloperIdentity asks for; {@code tokenDuration} null is the 10-minute default. */
    public record DeveloperTokenRequest(String poolId, String identityId, Map<String, String> logins,
                                        Map<String, String> principalTags, Long tokenDuration) {
    }

    @Transactional
    public OpenIdTokenService.IssuedToken openIdToken(String accountId, String actor, DeveloperTokenRequest request) {
        return identities.audited("identity.developertoken", request.poolId(), () -> {
            IdentityPool pool = pools.describe(accountId, request.poolId());
            String developer = requireDeveloperProvider(pool);
            Map<String, String> others = new HashMap<>(IdentityPoolRules.size(request.logins(), "logins", 1,
                    IdentityPoolRules.MAX_LOGINS));
            String userId = others.remove(developer);
            if (userId == null) {
                throw new GatehouseException(CommonError.INVALID_PARAMETER,
                        "Logins must contain the developer provider name " + developer + " of the identity pool.");
            }
            IdentityPoolRules.length(userId, "logins.value", 1, 1024);
            Duration duration = duration(request.tokenDuration());
            Map<String, String> tags = IdentityPoolRules.tags(request.principalTags(), "principalTags");
            LinkedLogin login = new LinkedLogin(developer, userId);
            String existing = store.identityOf(pool.id(), login).orElse(null);
            String identityId = request.identityId();
            if (identityId != null) {
                PoolIdentity named = identities.find(identityId);
                if (!named.poolId().equals(pool.id())) {
                    throw IdentityService.notFound(identityId);
                }
                if (existing != null && !existing.equals(identityId)) {
                    throw new GatehouseException(IdentityPoolError.DEVELOPER_USER_ALREADY_REGISTERED,
                            "The provided developer user identifier is already registered with Cognito under a different identity ID.");
                }
            } else {
                identityId = existing != null ? existing : identities.create(pool.id()).id();
            }
            List<VerifiedLogin> verified = logins.verify(pool, others);
            if (existing == null) {
                store.link(pool.id(), login, identityId, clock.instant());
                store.touchIdentity(identityId, clock.instant());
            }
            if (!verified.isEmpty()) {
                identities.resolve(pool, verified, identityId);
            }
            List<String> amr = new ArrayList<>(List.of(PoolRoles.AUTHENTICATED, developer));
            verified.forEach(v -> amr.add(v.provider()));
            amr.add(developer + ":" + pool.id() + ":" + userId);
            verified.forEach(v -> amr.add(v.amrEntry()));
            String token = tokens.issue(pool.id(), identityId, amr, tags, duration);
            audit.record(AuditEntry.success("identity.developertoken").withAccount(accountId).withActor(actor)
                    .withTarget(identityId));
            return new OpenIdTokenService.IssuedToken(identityId, token);
        });
    }

    /** LookupDeveloperIdentity: the identity and its developer user ids, by either. */
    public DeveloperLookup lookup(String accountId, String poolId, String identityId, String userIdentifier) {
        IdentityPool pool = pools.describe(accountId, poolId);
        String developer = requireDeveloperProvider(pool);
        if (identityId == null && userIdentifier == null) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "Either IdentityId or DeveloperUserIdentifier must be provided.");
        }
        String resolved = identityId;
        if (userIdentifier != null) {
            IdentityPoolRules.length(userIdentifier, "developerUserIdentifier", 1, 1024);
            resolved = store.identityOf(pool.id(), new LinkedLogin(developer, userIdentifier))
                    .orElseThrow(() -> new GatehouseException(CommonError.NOT_FOUND,
                            "Developer user identifier " + userIdentifier + " not found."));
            if (identityId != null && !identityId.equals(resolved)) {
                throw new GatehouseException(CommonError.INVALID_PARAMETER,
                        "IdentityId and DeveloperUserIdentifier name different identities.");
            }
        }
        PoolIdentity identity = identities.find(resolved);
        if (!identity.poolId().equals(pool.id())) {
            throw IdentityService.notFound(resolved);
        }
        List<String> userIds = identity.logins().stream().filter(l -> l.provider().equals(developer))
                .map(LinkedLogin::subject).toList();
        return new DeveloperLookup(identity.id(), userIds);
    }

    /**
     * MergeDeveloperIdentities: every login of the source user's identity moves to the destination
     * user's identity, and the source identity is deleted. Returns the destination identity.
     */
    @Transactional
    public String merge(String accountId, String actor, String poolId, String developerProvider, String sourceUser,
                        String destinationUser) {
        IdentityPool pool = pools.describe(accountId, poolId);
        String developer = requireProvider(pool, developerProvider);
        String source = identityOfUser(pool, developer, IdentityPoolRules.required(sourceUser, "sourceUserIdentifier"));
        String destination = identityOfUser(pool, developer,
                IdentityPoolRules.required(destinationUser, "destinationUserIdentifier"));
        if (!source.equals(destination)) {
            store.moveLogins(source, destination);
            store.deleteIdentity(source);
            store.touchIdentity(destination, clock.instant());
        }
        audit.record(AuditEntry.success("identity.merge").withAccount(accountId).withActor(actor)
                .withTarget(source + " -> " + destination));
        return destination;
    }

    /** UnlinkDeveloperIdentity: the user id no longer names the identity; the identity stays. */
    @Transactional
    public void unlink(String accountId, String actor, String identityId, String poolId, String developerProvider,
                       String userIdentifier) {
        IdentityPool pool = pools.describe(accountId, poolId);
        String developer = requireProvider(pool, developerProvider);
        PoolIdentity identity = identities.find(identityId);
        LinkedLogin login = new LinkedLogin(developer, IdentityPoolRules.required(userIdentifier, "developerUserIdentifier"));
        if (!identity.poolId().equals(pool.id()) || !identity.logins().contains(login)) {
            throw new GatehouseException(CommonError.NOT_AUTHORIZED,
                    "The developer user identifier is not linked to identity " + identityId + ".");
        }
        store.unlink(pool.id(), login);
        store.touchIdentity(identityId, clock.instant());
        audit.record(AuditEntry.success("identity.unlink").withAccount(accountId).withActor(actor).withTarget(identityId));
    }

    private String identityOfUser(IdentityPool pool, String developer, String userId) {
        return store.identityOf(pool.id(), new LinkedLogin(developer, userId))
                .orElseThrow(() -> new GatehouseException(CommonError.NOT_FOUND,
                        "Developer user identifier " + userId + " not found."));
    }

    private static String requireProvider(IdentityPool pool, String developerProvider) {
        String developer = requireDeveloperProvider(pool);
        if (!developer.equals(IdentityPoolRules.required(developerProvider, "developerProviderName"))) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "Developer provider name " + developerProvider + " is not the identity pool's.");
        }
        return developer;
    }

    private static String requireDeveloperProvider(IdentityPool pool) {
        if (pool.developerProviderName() == null) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "The identity pool " + pool.id() + " has no developer provider name.");
        }
        return pool.developerProviderName();
    }

    private static Duration duration(Long seconds) {
        if (seconds == null) {
            return IdentityPoolTokens.DEFAULT_DURATION;
        }
        if (seconds < 1 || seconds > MAX_TOKEN_SECONDS) {
            throw IdentityPoolRules.invalid("Value '" + seconds + "' at 'tokenDuration' failed to satisfy constraint: "
                    + "Member must have value between 1 and " + MAX_TOKEN_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }

    /** An identity with its developer user identifiers. */
    public record DeveloperLookup(String identityId, List<String> userIdentifiers) {
    }
}
