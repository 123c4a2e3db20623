package io.gatehouse.oidc.token;

import io.gatehouse.userpool.Group;
import io.gatehouse.userpool.PoolUser;
import java.util.List;

/** A user and their groups in {@code cognito:groups} order, as read once per token issue. */
public record UserClaims(PoolUser user, List<Group> groups) {

    public UserClaims {
        groups = List.copyOf(groups);
    }

    public List<String> groupNames() {
        return groups.stream().map(Group::name).toList();
    }

    public List<String> roleArns() {
        return groups.stream().map(Group::roleArn).filter(r -> r != null && !r.isBlank()).toList();
    }

    /** The role of the group with the lowest precedence that has one (Cognito's rule). */
    public String preferredRole() {
        return groups.stream().filter(g -> g.roleArn() != null && g.precedence() != null)
                .findFirst().map(Group::roleArn).orElse(null);
    }
}
