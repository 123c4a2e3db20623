package io.gatehouse.iam;

import io.gatehouse.iam.PrincipalPolicyStore.PrincipalDocuments;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a principal's stored policies into what the authorizer evaluates: inline policies, then
 * attached managed policies (each once, from its default version; Gatehouse-managed ones from
 * code), and the permissions boundary compiled as a managed policy.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
@ApplicationScoped
public class PrincipalPolicyLoader {

    /** Stands in for a boundary whose policy is gone: a boundary that cannot be read allows nothing. */
    private static final String DENY_ALL =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    private final PrincipalPolicyStore store;
    private final AwsManagedPolicies awsManaged;

    public PrincipalPolicyLoader(PrincipalPolicyStore store, AwsManagedPolicies awsManaged) {
        this.store = store;
        this.awsManaged = awsManaged;
    }

    /** Reads and compiles; call inside a transaction. Empty when the principal does not exist. */
    public Optional<PrincipalPolicies> load(String accountId, PrincipalType type, String name) {
        return store.documents(accountId, type, name).map(docs -> compile(accountId, docs));
    }

    private PrincipalPolicies compile(String accountId, PrincipalDocuments docs) {
        Set<String> managedArns = new HashSet<>(docs.attachedArns());
        if (docs.boundaryArn() != null) {
            managedArns.add(docs.boundaryArn());
        }
        Map<String, String> customer = store.defaultDocuments(accountId, managedArns);
        List<Policy> identity = new ArrayList<>();
        docs.inline().forEach(d -> identity.add(PolicyDocuments.compile(d.sourceId(), d.document(), d.kind())));
        docs.attachedArns().stream().distinct()
                .forEach(arn -> managed(arn, customer).ifPresent(identity::add));
        Policy boundary = docs.boundaryArn() == null ? null
                : managed(docs.boundaryArn(), customer).orElseGet(() -> PolicyDocuments.compile(docs.boundaryArn(),
                        DENY_ALL, PolicyKind.MANAGED_IDENTITY));
        return new PrincipalPolicies(identity, boundary, docs.tags());
    }

    private Optional<Policy> managed(String arn, Map<String, String> customer) {
        return Optional.ofNullable(customer.get(arn)).or(() -> awsManaged.document(arn))
                .map(document -> PolicyDocuments.compile(arn, document, PolicyKind.MANAGED_IDENTITY));
    }
}
