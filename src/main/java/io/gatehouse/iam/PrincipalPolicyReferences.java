package io.gatehouse.iam;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a user, group or role still has policies, which IAM requires to be removed before the
 * principal is deleted ({@code DeleteConflict}). Deleting users and groups checks this too.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html">DeleteRole</a>
 */
@ApplicationScoped
public class PrincipalPolicyReferences {

    private final InlinePolicyStore inline;
    private final AttachmentStore attachments;

    public PrincipalPolicyReferences(InlinePolicyStore inline, AttachmentStore attachments) {
        this.inline = inline;
        this.attachments = attachments;
    }

    public boolean hasAttached(PrincipalType type, String principalId) {
        return !attachments.attached(type, principalId).isEmpty();
    }

    public boolean hasInline(PrincipalType type, String principalId) {
        return inline.any(type, principalId);
    }
}
