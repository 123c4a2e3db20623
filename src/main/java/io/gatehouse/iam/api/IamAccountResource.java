package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.AccountPasswordPolicy;
import io.gatehouse.iam.AccountSettingsService;
import io.gatehouse.iam.AccountSummaryService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's account's IAM settings ({@code /api/v1/iam/account}): the password policy
 * (Get/Update/DeleteAccountPasswordPolicy), the alias (Create/Delete/ListAccountAliases) and the
 * summary of entities and quotas (GetAccountSummary).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html">UpdateAccountPasswordPolicy</a>
 */
@Path("/api/v1/iam/account")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM account settings", description = "Password policy, alias and summary of the account")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class IamAccountResource {

    private final AccountSettingsService settings;
    private final AccountSummaryService summary;
    private final CallerContext callers;

    public IamAccountResource(AccountSettingsService settings, AccountSummaryService summary, CallerContext callers) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:GetAccountPasswordPolicy")
    @GET
    @Path("/password-policy")
    @Operation(summary = "Describe the account's password policy")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "NoSuchEntity: the account has no password policy")
    public IamViews.PasswordPolicy passwordPolicy() {
        return IamViews.PasswordPolicy.of(settings.passwordPolicy(callers.require().accountId()));
    }

    @Authorize(action = "iam:UpdateAccountPasswordPolicy")
    @PUT
    @Path("/password-policy")
    @Operation(summary = "Set the account's password policy", description = "Replaces the whole policy; absent fields "
            + "take their defaults (minimum length 6, nothing required, no expiry, no reuse prevention)")
    @APIResponse(responseCode = "200", description = "The policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public IamViews.PasswordPolicy updatePasswordPolicy(IamRequests.PasswordPolicy body) {
        IamRequests.PasswordPolicy r = RequestInput.body(body);
        Caller caller = callers.require();
        AccountPasswordPolicy policy = AccountPasswordPolicy.fromUpdate(r.minimumPasswordLength(), r.requireSymbols(),
                r.requireNumbers(), r.requireUppercaseCharacters(), r.requireLowercaseCharacters(),
                r.allowUsersToChangePassword(), r.maxPasswordAge(), r.passwordReusePrevention(), r.hardExpiry());
        return IamViews.PasswordPolicy.of(settings.updatePasswordPolicy(caller.accountId(), caller.principalArn(), policy));
    }

    @Authorize(action = "iam:DeleteAccountPasswordPolicy")
    @DELETE
    @Path("/password-policy")
    @Operation(summary = "Delete the account's password policy", description = "AWS's default rules apply again")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
    public void deletePasswordPolicy() {
        Caller caller = callers.require();
        settings.deletePasswordPolicy(caller.accountId(), caller.principalArn());
    }

    @Authorize(action = "iam:ListAccountAliases")
    @GET
    @Path("/aliases")
    @Operation(summary = "List the account's aliases", description = "None or one")
    @APIResponse(responseCode = "200", description = "The aliases; nextCursor is absent")
    public Page<String> aliases() {
        return new Page<>(settings.aliases(callers.require().accountId()), null);
    }

    @Authorize(action = "iam:CreateAccountAlias")
    @PUT
    @Path("/aliases/{alias}")
    @Operation(summary = "Set the account's alias", description = "Replaces the current alias; aliases are unique "
            + "across accounts (EntityAlreadyExists, 409)")
    @APIResponse(responseCode = "204", description = "The alias is set")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void createAlias(@PathParam("alias") String alias) {
        Caller caller = callers.require();
        settings.createAlias(caller.accountId(), caller.principalArn(), alias);
    }

    @Authorize(action = "iam:DeleteAccountAlias")
    @DELETE
    @Path("/aliases/{alias}")
    @Operation(summary = "Remove the account's alias")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
    public void deleteAlias(@PathParam("alias") String alias) {
        Caller caller = callers.require();
        settings.deleteAlias(caller.accountId(), caller.principalArn(), alias);
    }

    @Authorize(action = "iam:GetAccountSummary")
    @GET
    @Path("/summary")
    @Operation(summary = "Counts of the account's IAM entities and their quotas", description = "AWS's map keys, "
            + "e.g. Users, UsersQuota, Groups, Roles, Policies, MFADevices, AccountMFAEnabled")
    @APIResponse(responseCode = "200", description = "The summary map")
    public Map<String, Integer> summary() {
        return summary.summary(callers.require().accountId());
    }
}
