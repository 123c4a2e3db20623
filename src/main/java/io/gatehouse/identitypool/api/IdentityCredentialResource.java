package io.gatehouse.identitypool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Unsigned;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.IdentityCredentials;
import io.gatehouse.identitypool.IdentityPoolRules;
import io.gatehouse.identitypool.IdentityService;
import io.gatehouse.identitypool.OpenIdTokenService;
import io.gatehouse.identitypool.api.IdentityPoolViews.IdentityCredentialsView;
import io.gatehouse.identitypool.api.IdentityPoolViews.IdentityIdView;
import io.gatehouse.identitypool.api.IdentityPoolViews.OpenIdTokenView;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The credential flows of identity pools on the native API, for mobile apps: GetId,
 * GetCredentialsForIdentity (enhanced flow) and GetOpenIdToken (basic flow). They are unsigned, as
 * AWS leaves them, because the login tokens in the body (or guest access) prove the caller; they are
 * thin adapters over the services the AWS wire operations call, which audit every attempt. The pool
 * in the path scopes the identity: an identity of another pool is absent.
 */
@Path(IdentityPoolResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "Identity pools")
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class IdentityCredentialResource {

    private final IdentityService identities;
    private final IdentityCredentials credentials;
    private final OpenIdTokenService tokens;

    public IdentityCredentialResource(IdentityService identities, IdentityCredentials credentials,
                                      OpenIdTokenService tokens) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Unsigned
    @POST
    @Path("/{identityPoolId}/identities")
    @Operation(summary = "Get the identity of logins, or a new guest identity", description = "Unsigned: the"
            + " login tokens prove the caller; without logins, a guest if the pool allows guests (GetId)")
    @APIResponse(responseCode = "200", description = "The identity id, the same for the same login every time")
    public IdentityIdView getId(@PathParam("identityPoolId") String poolId, IdentityPoolRequests.Logins body) {
        IdentityPoolRequests.Logins request = body == null ? IdentityPoolRequests.Logins.NONE : body;
        return new IdentityIdView(identities.getId(null, poolId, request.tokens()));
    }

    @Unsigned
    @POST
    @Path("/{identityPoolId}/identities/{identityId}/credentials")
    @Operation(summary = "Get AWS credentials for an identity", description = "Unsigned: the identity's login"
            + " tokens, or none for a guest; the pool's role for the identity is assumed (GetCredentialsForIdentity)")
    @APIResponse(responseCode = "200", description = "The identity id and the role session's credentials")
    public IdentityCredentialsView credentials(@PathParam("identityPoolId") String poolId,
                                               @PathParam("identityId") String identityId,
                                               IdentityPoolRequests.CredentialsRequest body) {
        IdentityPoolRequests.CredentialsRequest request = body == null
                ? new IdentityPoolRequests.CredentialsRequest(null, null) : body;
        requireInPool(poolId, identityId);
        return IdentityCredentialsView.of(identityId, credentials.credentials(identityId,
                IdentityPoolRequests.tokens(request.logins()), request.customRoleArn()));
    }

    @Unsigned
    @POST
    @Path("/{identityPoolId}/identities/{identityId}/openid-token")
    @Operation(summary = "Get an OpenID token for an identity", description = "Unsigned, for pools that allow the"
            + " basic (classic) flow; the token goes to AssumeRoleWithWebIdentity (GetOpenIdToken)")
    @APIResponse(responseCode = "200", description = "The identity id and its OpenID token")
    public OpenIdTokenView openIdToken(@PathParam("identityPoolId") String poolId,
                                       @PathParam("identityId") String identityId, IdentityPoolRequests.Logins body) {
        IdentityPoolRequests.Logins request = body == null ? IdentityPoolRequests.Logins.NONE : body;
        requireInPool(poolId, identityId);
        OpenIdTokenService.IssuedToken token = tokens.getOpenIdToken(identityId, request.tokens());
        return new OpenIdTokenView(token.identityId(), token.token());
    }

    /** An identity of another pool is as absent as an unknown one, so the path cannot mix pools. */
    private void requireInPool(String poolId, String identityId) {
        IdentityPoolRules.id(poolId, "identityPoolId");
        if (!identities.find(identityId).poolId().equals(poolId)) {
            throw new GatehouseException(CommonError.NOT_FOUND, "Identity '" + identityId + "' not found.");
        }
    }
}
