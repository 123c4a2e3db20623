package io.gatehouse.iam;

import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AppClientStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administration of the account's IAM OpenID Connect providers (CreateOpenIDConnectProvider and
 * the calls around it). A provider registered for a Gatehouse user pool also accepts every app
 * client of the pool as an audience, read live from the pool, so adding or deleting an app client
 * needs no change here; it cannot be deleted through IAM (delete the pool instead).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
 */
@ApplicationScoped
public class OidcProviderService {

    /**
     * IAM's quotas: providers per account (user pools' own providers excluded: they come and go
     * with their pools, like service-linked resources), client ids and thumbprints per provider.
     */
    public static final int MAX_PROVIDERS = 100;
    public static final int MAX_CLIENT_IDS = 100;
    public static final int MAX_THUMBPRINTS = 5;
    private static final Pattern THUMBPRINT = Pattern.compile("[0-9A-Fa-f]{40}");
    private static final int PAGE = 200;

    private final OidcProviderStore store;
    private final AppClientStore appClients;
    private final AuditLog audit;
    private final Clock clock;

    public OidcProviderService(OidcProviderStore store, AppClientStore appClients, AuditLog audit, Clock clock) {
        this.store = store;
        this.appClients = appClients;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OidcProvider create(String accountId, String actor, String url, List<String> clientIds,
                               List<String> thumbprints, Map<String, String> tags) {
        OidcProviderUrls.validate(url);
        List<String> clients = clientIds(clientIds == null ? List.of() : clientIds);
        List<String> prints = thumbprints(thumbprints == null ? List.of() : thumbprints);
        Map<String, String> merged = IamTagRules.merge(Map.of(), tags == null ? Map.of() : tags);
        String name = OidcProviderUrls.name(url);
        if (store.find(accountId, name).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "Provider with url " + url + " already exists.");
        }
        if (store.countCreated(accountId) >= MAX_PROVIDERS) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "Cannot exceed quota for OpenIdConnectProvidersPerAccount: " + MAX_PROVIDERS);
        }
        OidcProvider provider = new OidcProvider(accountId, url, clients, prints, merged, null, clock.instant());
        store.insert(provider);
        audit.record(IamAudit.success("iam.oidc-provider.create", accountId, actor, provider.arn()));
        return provider;
    }

    public OidcProvider get(String accountId, String arn) {
        String name = OidcProviderUrls.nameOf(accountId, arn);
        return store.find(accountId, name).orElseThrow(() -> OidcProviderUrls.notFound(arn));
    }

    public List<OidcProvider> list(String accountId) {
        return store.list(accountId);
    }

    /** The registered provider whose URL is exactly the token issuer {@code issuer}, if any. */
    public Optional<OidcProvider> findByIssuer(String accountId, String issuer) {
        return issuer == null || issuer.length() > 255 ? Optional.empty() : store.findByUrl(accountId, issuer);
    }

    /**
     * The audiences the provider accepts: its client ids and, for a user pool's provider, the ids
     * of the pool's app clients.
     */
    public Set<String> audiences(OidcProvider provider) {
        Set<String> audiences = new LinkedHashSet<>(provider.clientIds());
        if (provider.userPoolId() != null) {
            String after = null;
            List<AppClient> page;
            do {
                page = appClients.list(provider.userPoolId(), after, PAGE);
                page.forEach(c -> audiences.add(c.clientId()));
                after = page.isEmpty() ? null : page.get(page.size() - 1).clientId();
            } while (page.size() == PAGE);
        }
        return audiences;
    }

    @Transactional
    public void delete(String accountId, String actor, String arn) {
        OidcProvider provider = get(accountId, arn);
        if (provider.userPoolId() != null) {
            throw new GatehouseException(IamError.UNMODIFIABLE_ENTITY, "The provider " + arn
                    + " belongs to user pool " + provider.userPoolId() + "; it is deleted with the pool.");
        }
        store.delete(accountId, provider.name());
        audit.record(IamAudit.success("iam.oidc-provider.delete", accountId, actor, provider.arn()));
    }

    @Transactional
    public OidcProvider addClientId(String accountId, String actor, String arn, String clientId) {
        OidcProvider provider = get(accountId, arn);
        clientId(clientId);
        if (provider.clientIds().contains(clientId)) {
            return provider;
        }
        List<String> clients = new ArrayList<>(provider.clientIds());
        clients.add(clientId);
        return change(provider.withClientIds(clientIds(clients)), "iam.oidc-provider.client-id.add", actor);
    }

    /** Removes a client id; one the provider does not have is ignored, as IAM does. */
    @Transactional
    public OidcProvider removeClientId(String accountId, String actor, String arn, String clientId) {
        OidcProvider provider = get(accountId, arn);
        clientId(clientId);
        List<String> clients = new ArrayList<>(provider.clientIds());
        clients.remove(clientId);
        return change(provider.withClientIds(clients), "iam.oidc-provider.client-id.remove", actor);
    }

    @Transactional
    public OidcProvider updateThumbprints(String accountId, String actor, String arn, List<String> thumbprints) {
        OidcProvider provider = get(accountId, arn);
        return change(provider.withThumbprints(thumbprints(IamInputRules.required(thumbprints, "thumbprintList"))),
                "iam.oidc-provider.thumbprint.update", actor);
    }

    @Transactional
    public OidcProvider tag(String accountId, String actor, String arn, Map<String, String> tags) {
        OidcProvider provider = get(accountId, arn);
        return change(provider.withTags(IamTagRules.merge(provider.tags(), tags)), "iam.oidc-provider.tag", actor);
    }

    @Transactional
    public OidcProvider untag(String accountId, String actor, String arn, List<String> keys) {
        OidcProvider provider = get(accountId, arn);
        return change(provider.withTags(IamTagRules.remove(provider.tags(), keys)), "iam.oidc-provider.untag", actor);
    }

    private OidcProvider change(OidcProvider changed, String action, String actor) {
        store.update(changed);
        audit.record(IamAudit.success(action, changed.accountId(), actor, changed.arn()));
        return changed;
    }

    private static List<String> clientIds(List<String> clientIds) {
        clientIds.forEach(OidcProviderService::clientId);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(clientIds));
        if (distinct.size() > MAX_CLIENT_IDS) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: " + MAX_CLIENT_IDS);
        }
        return distinct;
    }

    private static void clientId(String clientId) {
        if (IamInputRules.required(clientId, "clientID").isEmpty() || clientId.length() > 255) {
            throw IamInputRules.invalid("Value at 'clientID' failed to satisfy constraint: Member must have length "
                    + "between 1 and 255");
        }
    }

    private static List<String> thumbprints(List<String> thumbprints) {
        if (thumbprints.size() > MAX_THUMBPRINTS) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "Thumbprint list must contain fewer than " + (MAX_THUMBPRINTS + 1) + " entries.");
        }
        for (String thumbprint : thumbprints) {
            if (thumbprint == null || !THUMBPRINT.matcher(thumbprint).matches()) {
                throw IamInputRules.invalid("Value at 'thumbprintList' failed to satisfy constraint: Member must "
                        + "satisfy constraint: [Member must have length 40 and consist of hexadecimal digits]");
            }
        }
        return List.copyOf(new LinkedHashSet<>(thumbprints));
    }
}
