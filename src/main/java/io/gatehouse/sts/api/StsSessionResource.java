package io.gatehouse.sts.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.auth.Unsigned;
import io.gatehouse.sts.FederationRequest;
import io.gatehouse.sts.FederationSessions;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.RoleSessions;
import io.gatehouse.sts.UserSessions;
import io.gatehouse.sts.WebIdentitySessions;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Temporary credentials over the native API ({@code /api/v1/sts}): the JSON form of AssumeRole,
 * AssumeRoleWithWebIdentity (unsigned: the ID token proves the caller), GetSessionToken and
 * GetFederationToken, with the same rules as the query protocol (see docs/sts.md).
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html">STS operations</a>
 */
@Path("/api/v1/sts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "STS", description = "Temporary credentials: role sessions, web identities, user and federated sessions")
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class StsSessionResource {

    private final RoleSessions roles;
    private final WebIdentitySessions webIdentities;
    private final UserSessions users;
    private final FederationSessions federation;
    private final CallerContext callers;

    public StsSessionResource(RoleSessions roles, WebIdentitySessions webIdentities, UserSessions users,
                              FederationSessions federation, CallerContext callers) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.webIdentities = Objects.requireNonNull(webIdentities, "webIdentities");
        this.users = Objects.requireNonNull(users, "users");
        this.federation = Objects.requireNonNull(federation, "federation");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "sts:AssumeRole", byMethod = true)
    @POST
    @Path("/assume-role")
    @SecurityRequirement(name = GatehouseApi.SIGV4)
    @Operation(summary = "Assume a role", description = "Authorized with the role's trust policy and the caller's"
            + " own policies (AssumeRole)")
    @APIResponse(responseCode = "200", description = "The role session's credentials")
    @APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
    public StsViews.RoleSession assumeRole(StsRequests.AssumeRole body) {
        StsRequests.AssumeRole request = RequestInput.body(body);
        RoleSessionRequest session = StsRequests.roleSession(request.roleArn(), request.roleSessionName(),
                request.durationSeconds(), request.policy(), request.policyArns(), StsRequests.tags(request.tags()),
                StsRequests.set(request.transitiveTagKeys(), "transitiveTagKeys"), request.sourceIdentity());
        return StsViews.RoleSession.of(roles.assumeRole(callers.require(), session, request.externalId(),
                request.serialNumber(), request.tokenCode()));
    }

    @Unsigned
    @POST
    @Path("/assume-role-with-web-identity")
    @Operation(summary = "Assume a role with an OpenID Connect ID token", description = "Unsigned: the token of a"
            + " Gatehouse user pool or of an IAM OIDC provider of the role's account proves the caller")
    @APIResponse(responseCode = "200", description = "The role session's credentials and the token's subject")
    public StsViews.WebIdentityRoleSession assumeRoleWithWebIdentity(StsRequests.WebIdentity body) {
        StsRequests.WebIdentity request = RequestInput.body(body);
        RoleSessionRequest session = StsRequests.roleSession(request.roleArn(), request.roleSessionName(),
                request.durationSeconds(), request.policy(), request.policyArns(), Map.of(), Set.of(), null);
        return StsViews.WebIdentityRoleSession.of(webIdentities.assume(session,
                RequestInput.field(request.webIdentityToken(), "webIdentityToken")));
    }

    @Authorize(action = "sts:GetSessionToken", byMethod = true)
    @POST
    @Path("/session-token")
    @SecurityRequirement(name = GatehouseApi.SIGV4)
    @Operation(summary = "Get a session of the calling user", description = "Needs no permission; with an MFA code"
            + " the session satisfies aws:MultiFactorAuthPresent (GetSessionToken)")
    @APIResponse(responseCode = "200", description = "The session's credentials")
    @APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
    public StsViews.SessionToken sessionToken(StsRequests.SessionToken body) {
        StsRequests.SessionToken request = body == null ? new StsRequests.SessionToken(null, null, null) : body;
        return new StsViews.SessionToken(StsViews.Credentials.of(users.getSessionToken(callers.require(),
                StsRequests.duration(request.durationSeconds()), request.serialNumber(), request.tokenCode())));
    }

    @Authorize(action = "sts:GetFederationToken", resource = "arn:aws:sts::{account}:federated-user/*")
    @POST
    @Path("/federation-token")
    @SecurityRequirement(name = GatehouseApi.SIGV4)
    @Operation(summary = "Get a federated user session", description = "The session may do what both the calling"
            + " user's policies and the session policies allow; without a session policy, nothing"
            + " (GetFederationToken)")
    @APIResponse(responseCode = "200", description = "The federated user's credentials")
    @APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
    public StsViews.FederationToken federationToken(StsRequests.FederationToken body) {
        StsRequests.FederationToken request = RequestInput.body(body);
        FederationRequest federated = new FederationRequest(RequestInput.field(request.name(), "name"),
                StsRequests.duration(request.durationSeconds()), StsRequests.policy(request.policy()),
                StsRequests.list(request.policyArns(), "policyArns"), StsRequests.tags(request.tags()));
        return StsViews.FederationToken.of(federation.getFederationToken(callers.require(), federated));
    }
}
