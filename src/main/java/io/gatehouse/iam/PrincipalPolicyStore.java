package io.gatehouse.iam;

import io.gatehouse.iam.policy.PolicyKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads, in one go, the stored policy documents that make up a user's or role's permissions: for a
 * user its own inline and attached policies plus those of each of its groups, for a role its own.
 */
public interface PrincipalPolicyStore {

    /** Empty when the principal does not exist; names are compared regardless of case. */
    Optional<PrincipalDocuments> documents(String accountId, PrincipalType type, String name);

    /** The default-version documents of the account's customer managed policies among {@code arns}, by ARN. */
    Map<String, String> defaultDocuments(String accountId, Collection<String> arns);

    /** An inline policy document with the id it is reported under, e.g. {@code group/devs/inline/Deploy}. */
    record InlineDocument(String sourceId, PolicyKind kind, String document) {
    }

    /** What the principal's permissions are made of, still as stored. */
    record PrincipalDocuments(List<InlineDocument> inline, List<String> attachedArns, String boundaryArn,
                              Map<String, String> tags) {

        public PrincipalDocuments {
            inline = List.copyOf(inline);
            attachedArns = List.copyOf(attachedArns);
            tags = Map.copyOf(tags);
        }
    }
}
