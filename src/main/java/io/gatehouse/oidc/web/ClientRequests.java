package io.gatehouse.oidc.web;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.clientauth.ClientAuthenticator;
import io.gatehouse.oidc.clientauth.ClientCredentials;
import io.gatehouse.oidc.message.FormParameters;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;

/** Authenticates the client of a token, revocation or introspection request and audits failures. */
@ApplicationScoped
class ClientRequests {

    private final ClientAuthenticator authenticator;
    private final AuditLog audit;

    ClientRequests(ClientAuthenticator authenticator, AuditLog audit) {
        this.authenticator = authenticator;
        this.audit = audit;
    }

    AppClient authenticate(String poolId, String authorization, MultivaluedMap<String, String> form) {
        FormParameters p = new FormParameters(form);
        ClientCredentials credentials = new ClientCredentials(authorization, p.optional(OAuthNames.CLIENT_ID),
                p.optional(OAuthNames.CLIENT_SECRET), p.optional(OAuthNames.CLIENT_ASSERTION_TYPE),
                p.optional(OAuthNames.CLIENT_ASSERTION));
        try {
            return authenticator.authenticate(credentials, poolId);
        } catch (OAuthException e) {
            audit.recordAlone(AuditEntry.failure("client.authenticate", e.error().code()).withPool(poolId)
                    .withActor(credentials.clientId()));
            throw e;
        }
    }
}
