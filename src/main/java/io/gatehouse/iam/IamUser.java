package io.gatehouse.iam;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An IAM user, e.g. {@code alice} with id {@code AIDAJQABLZS4A3QDU576Q} and path {@code /division/}.
 * The account's root user is represented too ({@link #root}), with the account id as its id and no
 * name or path, because GetUser and ListAccessKeys answer for it when it calls without a user name.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html">User</a>
 */
public record IamUser(String id, String accountId, String name, String path, String permissionsBoundary,
                      Map<String, String> tags, Instant createdAt, Instant passwordLastUsed) {

    public IamUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        tags = tags == null ? Map.of() : tags;
    }

    public static IamUser root(String accountId, Instant createdAt, Instant passwordLastUsed) {
        return new IamUser(accountId, accountId, null, null, null, Map.of(), createdAt, passwordLastUsed);
    }

    public boolean isRoot() {
        return name == null;
    }

    public String arn() {
        return isRoot() ? IamArns.root(accountId) : IamArns.user(accountId, path, name);
    }

    public IamUser withNameAndPath(String newName, String newPath) {
        return new IamUser(id, accountId, newName, newPath, permissionsBoundary, tags, createdAt, passwordLastUsed);
    }

    public IamUser withTags(Map<String, String> newTags) {
        return new IamUser(id, accountId, name, path, permissionsBoundary, newTags, createdAt, passwordLastUsed);
    }
}
