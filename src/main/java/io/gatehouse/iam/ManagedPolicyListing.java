package io.gatehouse.iam;

import io.gatehouse.core.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ListPolicies: Gatehouse-managed policies first, then the account's own, each by name, filtered by
 * scope, path prefix and whether attached. The cursor key is {@code a:<name>} inside the
 * Gatehouse-managed part and {@code l:<name>} inside the account's part.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html">ListPolicies</a>
 */
@ApplicationScoped
public class ManagedPolicyListing {

    private static final String AWS_KEY = "a:";
    private static final String LOCAL_KEY = "l:";

    private final ManagedPolicyService policies;
    private final ManagedPolicyStore store;
    private final AwsManagedPolicies awsManaged;

    public ManagedPolicyListing(ManagedPolicyService policies, ManagedPolicyStore store, AwsManagedPolicies awsManaged) {
        this.policies = policies;
        this.store = store;
        this.awsManaged = awsManaged;
    }

    public Page<ManagedPolicy> list(String accountId, PolicyScope scope, boolean onlyAttached, String pathPrefix,
                                    String cursor, int limit) {
        String prefix = IamInputRules.pathPrefix(pathPrefix);
        String after = IamPages.afterKey(cursor);
        int fetch = IamPages.fetchSize(limit);
        List<ManagedPolicy> fetched = new ArrayList<>();
        boolean inLocalPart = after != null && after.startsWith(LOCAL_KEY);
        if (scope != PolicyScope.LOCAL && !inLocalPart) {
            String afterName = after == null ? "" : after.substring(AWS_KEY.length());
            awsManaged.all().stream()
                    .filter(p -> p.path().startsWith(prefix) && lower(p.name()).compareTo(afterName) > 0)
                    .map(p -> policies.get(accountId, p.arn()))
                    .filter(p -> !onlyAttached || p.attachmentCount() > 0)
                    .limit(fetch).forEach(fetched::add);
        }
        if (scope != PolicyScope.AWS && fetched.size() < fetch) {
            String afterName = inLocalPart ? after.substring(LOCAL_KEY.length()) : null;
            fetched.addAll(store.list(accountId, prefix, onlyAttached, afterName, fetch - fetched.size()));
        }
        return IamPages.page(fetched, limit, p -> (p.awsManaged() ? AWS_KEY : LOCAL_KEY) + lower(p.name()));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
