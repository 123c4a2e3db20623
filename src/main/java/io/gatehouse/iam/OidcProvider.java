package io.gatehouse.iam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An IAM OpenID Connect identity provider: an issuer whose tokens the account trusts for
 * AssumeRoleWithWebIdentity, the audiences (client ids) it accepts, optional certificate
 * thumbprints and tags. {@code userPoolId} names the Gatehouse user pool it was registered for, or
 * is null for a provider created through IAM. {@code clientIds} is what is stored; a pool's provider
 * also accepts the pool's app clients (see {@link OidcProviderService#audiences}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html">Create an OIDC identity provider</a>
 */
public record OidcProvider(String accountId, String url, List<String> clientIds, List<String> thumbprints,
                           Map<String, String> tags, String userPoolId, Instant createdAt) {

    public OidcProvider {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(url, "url");
        clientIds = List.copyOf(clientIds);
        thumbprints = List.copyOf(thumbprints);
        tags = Map.copyOf(tags);
    }

    /** The issuer URL without its scheme, e.g. {@code token.example.com/tenant}: the last part of the ARN. */
    public String name() {
        return OidcProviderUrls.name(url);
    }

    /** {@code arn:aws:iam::<account>:oidc-provider/<name>}. */
    public String arn() {
        return OidcProviderUrls.arn(accountId, name());
    }

    public OidcProvider withClientIds(List<String> value) {
        return new OidcProvider(accountId, url, value, thumbprints, tags, userPoolId, createdAt);
    }

    public OidcProvider withThumbprints(List<String> value) {
        return new OidcProvider(accountId, url, clientIds, value, tags, userPoolId, createdAt);
    }

    public OidcProvider withTags(Map<String, String> value) {
        return new OidcProvider(accountId, url, clientIds, thumbprints, value, userPoolId, createdAt);
    }
}
