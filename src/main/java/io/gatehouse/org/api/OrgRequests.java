package io.gatehouse.org.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the organizations API. */
public final class OrgRequests {

    private OrgRequests() {
    }

    /** {@code {"featureSet": "ALL"}}; the feature set may be left out. */
    @Schema(name = "CreateOrganizationRequest")
    public record CreateOrganization(@Schema(example = "ALL") String featureSet) {
    }

    /** A new member account: its root user's e-mail, its name and the cross-account role to create. */
    @Schema(name = "CreateAccountRequest")
    public record CreateAccount(
            @Schema(example = "workloads@example.com") String email,
            @Schema(example = "Workloads") String accountName,
            @Schema(description = "Default OrganizationAccountAccessRole") String roleName) {
    }

    /** Moves an account from the parent it is under to another root or OU. */
    @Schema(name = "MoveAccountRequest")
    public record MoveAccount(@Schema(example = "r-ab12") String sourceParentId,
                       @Schema(example = "ou-ab12-cdefgh34") String destinationParentId) {
    }

    /** A new OU ({@code parentId} and {@code name}) or a rename ({@code name} only). */
    @Schema(name = "OrganizationalUnitRequest")
    public record OrganizationalUnit(@Schema(example = "r-ab12") String parentId, @Schema(example = "Prod") String name) {
    }

    /** A new SCP (every field but {@code type} required) or an update (fields left out keep their value). */
    @Schema(name = "ServiceControlPolicyRequest")
    public record Policy(@Schema(example = "DenyS3") String name, String description, String content,
                  @Schema(example = "SERVICE_CONTROL_POLICY") String type) {
    }
}
