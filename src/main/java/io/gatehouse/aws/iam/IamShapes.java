package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamUser;
import java.util.Map;

/**
 * IAM's response structures built from the domain records: {@code User}, {@code Group} and the
 * {@code entry}-keyed maps, with AWS's member names.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html">User</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Group.html">Group</a>
 */
final class IamShapes {

    private IamShapes() {
    }

    /** A user; for the root user only its id (the account id), ARN and creation date, as IAM answers GetUser. */
    static QueryResult user(IamUser user, boolean withTags) {
        QueryResult result = QueryResult.of().add("Path", user.path()).add("UserName", user.name())
                .add("UserId", user.id()).add("Arn", user.arn()).add("CreateDate", user.createdAt())
                .add("PasswordLastUsed", user.passwordLastUsed());
        if (user.permissionsBoundary() != null) {
            result.add("PermissionsBoundary", QueryResult.of().add("PermissionsBoundaryType", "Policy")
                    .add("PermissionsBoundaryArn", user.permissionsBoundary()));
        }
        if (withTags && !user.tags().isEmpty()) {
            result.addTags("Tags", user.tags());
        }
        return result;
    }

    static QueryResult group(IamGroup group) {
        return QueryResult.of().add("Path", group.path()).add("GroupName", group.name()).add("GroupId", group.id())
                .add("Arn", group.arn()).add("CreateDate", group.createdAt());
    }

    /** A string-to-integer map: {@code <entry><key>Users</key><value>2</value></entry>...}. */
    static QueryResult map(Map<String, Integer> values) {
        QueryResult map = QueryResult.of();
        values.forEach((key, value) -> map.add("entry", QueryResult.of().add("key", key).add("value", value)));
        return map;
    }
}
