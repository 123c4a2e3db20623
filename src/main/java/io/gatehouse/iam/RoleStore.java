package io.gatehouse.iam;

import java.util.List;
import java.util.Optional;

/** Storage of roles. Names are unique per account regardless of case, as in IAM. */
public interface RoleStore {

    void insert(IamRole role);

    /** Finds a role by name, compared regardless of case. */
    Optional<IamRole> find(String accountId, String name);

    /**
     * Roles whose path starts with {@code pathPrefix}, ordered by lower-cased name, after the
     * lower-cased name {@code afterKey} (null for the first page), at most {@code limit}.
     */
    List<IamRole> list(String accountId, String pathPrefix, String afterKey, int limit);

    /** Replaces description, trust policy, session duration, boundary and tags. */
    void update(IamRole role);

    void delete(String roleId);
}
