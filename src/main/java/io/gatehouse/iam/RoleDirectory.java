package io.gatehouse.iam;

import io.gatehouse.iam.policy.PolicyKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Looks roles up for STS: by the ARN a caller asks to assume, with the trust policy compiled. The ARN
 * must match the role's current path and name exactly, as AWS compares it.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
 */
@ApplicationScoped
public class RoleDirectory {

    private static final String PREFIX = "arn:aws:iam::";
    private static final String RESOURCE = ":role/";

    private final RoleStore store;

    public RoleDirectory(RoleStore store) {
        this.store = store;
    }

    /** Empty when the ARN is not a role ARN or names no existing role. */
    public Optional<AssumableRole> findByArn(String roleArn) {
        if (roleArn == null || !roleArn.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int resource = roleArn.indexOf(RESOURCE, PREFIX.length());
        if (resource < 0) {
            return Optional.empty();
        }
        String accountId = roleArn.substring(PREFIX.length(), resource);
        String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        return find(accountId, name).filter(r -> r.role().arn().equals(roleArn));
    }

    public Optional<AssumableRole> find(String accountId, String roleName) {
        return store.find(accountId, roleName).map(role -> new AssumableRole(role,
                PolicyDocuments.compile(role.arn() + "/trust-policy", role.trustPolicy(), PolicyKind.TRUST)));
    }
}
