package io.gatehouse.oidc.grant;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.oidc.GrantHandler;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.TokenRequest;
import io.gatehouse.oidc.message.TokenResponse;
import io.gatehouse.oidc.token.AccessTokenIssuer;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.ResourceServer;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The client credentials grant for resource-server scopes. It reads only cached configuration
 * and writes nothing to the database on the request path: its audit event is written in the
 * next batch.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC 6749 §4.4</a>
 */
@ApplicationScoped
public class ClientCredentialsGrant implements GrantHandler {

    private final UserPoolDirectory directory;
    private final AccessTokenIssuer accessTokens;
    private final AuditLog audit;
    private final Clock clock;

    public ClientCredentialsGrant(UserPoolDirectory directory, AccessTokenIssuer accessTokens, AuditLog audit, Clock clock) {
        this.directory = directory;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String grantType() {
        return AppClient.CLIENT_CREDENTIALS;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AppClient client) {
        if (!client.isConfidential() || !client.allowsGrant(AppClient.CLIENT_CREDENTIALS)) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The client may not use the client_credentials grant");
        }
        String scope = String.join(" ", grantedScopes(client, request.scope()));
        String token = accessTokens.forClient(client, scope, clock.instant());
        audit.recordLater(AuditEntry.success("token.issue").withPool(client.poolId()).withActor(client.clientId())
                .withTarget(client.clientId()));
        return new TokenResponse(token, null, null, client.accessTokenValidity().toSeconds(), scope);
    }

    /** The requested scopes, or all of the client's when none is requested; each must still exist on a resource server. */
    private Set<String> grantedScopes(AppClient client, String requested) {
        Set<String> existing = new LinkedHashSet<>();
        directory.resourceServers(client.poolId()).stream().map(ResourceServer::qualifiedScopes).forEach(existing::addAll);
        List<String> allowed = client.scopes().stream().filter(existing::contains).toList();
        if (requested == null) {
            if (allowed.isEmpty()) {
                throw new OAuthException(OAuthError.INVALID_SCOPE, "The client has no scopes for client_credentials");
            }
            return new LinkedHashSet<>(allowed);
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.split(" ")));
        if (!allowed.containsAll(asked)) {
            throw new OAuthException(OAuthError.INVALID_SCOPE, "The requested scope is invalid or not allowed for this client");
        }
        return asked;
    }
}
