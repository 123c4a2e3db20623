package io.gatehouse.sts.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.sts.SessionRevocation;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Revoking a role's active sessions ({@code POST /api/v1/iam/roles/{roleName}/revoke-sessions}), the
 * IAM console's "Revoke active sessions": it writes the role's inline policy
 * {@code AWSRevokeOlderSessions}, so it needs {@code iam:PutRolePolicy} on the role, as in AWS. The
 * path sits with the role it acts on; the behaviour is STS's, so the class lives here.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html">Revoking IAM role temporary security credentials</a>
 */
@Path("/api/v1/iam/roles/{roleName}/revoke-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IAM roles")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class RoleSessionRevocationResource {

    private final SessionRevocation revocation;
    private final CallerContext callers;

    public RoleSessionRevocationResource(SessionRevocation revocation, CallerContext callers) {
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:PutRolePolicy", resource = "arn:aws:iam::{account}:role/{roleName}")
    @POST
    @Operation(summary = "Revoke the role's active sessions", description = "Denies everything to sessions issued"
            + " until now by the inline policy AWSRevokeOlderSessions; later sessions are unaffected")
    @APIResponse(responseCode = "200", description = "The cut-off: sessions issued before it are revoked")
    public StsViews.Revocation revoke(@PathParam("roleName") String roleName) {
        Caller caller = callers.require();
        return new StsViews.Revocation(roleName, SessionRevocation.POLICY_NAME,
                revocation.revokeOlderSessions(caller.accountId(), caller.principalArn(), roleName));
    }
}
