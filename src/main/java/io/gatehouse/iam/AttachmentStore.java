package io.gatehouse.iam;

import java.util.List;

/** Storage of managed policy attachments, which name the policy by ARN. */
public interface AttachmentStore {

    /** Idempotent: false when the policy was attached already. */
    boolean attach(PrincipalType type, String principalId, String policyArn);

    boolean detach(PrincipalType type, String principalId, String policyArn);

    /** The ARNs attached to the principal, ordered. */
    List<String> attached(PrincipalType type, String principalId);
}
