package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.core.Page;
import io.gatehouse.iam.IamInputRules;
import io.gatehouse.iam.IamRole;
import io.gatehouse.iam.ManagedPolicy;
import io.gatehouse.iam.PolicyVersion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * IAM's response shapes for roles, managed policies and versions, its paging members, and its
 * encoding of policy documents: IAM returns every document URL-encoded (RFC 3986), which clients
 * decode themselves.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html">Role</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyVersion.html">PolicyVersion</a>
 */
final class PolicyShapes {

    private PolicyShapes() {
    }

    static QueryResult role(IamRole role) {
        QueryResult result = QueryResult.of().add("Path", role.path()).add("RoleName", role.name())
                .add("RoleId", role.id()).add("Arn", role.arn()).add("CreateDate", role.createdAt())
                .add("AssumeRolePolicyDocument", urlEncoded(role.trustPolicy()))
                .add("Description", role.description()).add("MaxSessionDuration", role.maxSessionDuration());
        if (role.permissionsBoundary() != null) {
            result.add("PermissionsBoundary", QueryResult.of().add("PermissionsBoundaryType", "Policy")
                    .add("PermissionsBoundaryArn", role.permissionsBoundary()));
        }
        if (!role.tags().isEmpty()) {
            result.addTags("Tags", new java.util.TreeMap<>(role.tags()));
        }
        QueryResult lastUsed = QueryResult.of();
        if (role.lastUsedAt() != null) {
            lastUsed.add("LastUsedDate", role.lastUsedAt());
        }
        return result.add("RoleLastUsed", lastUsed);
    }

    static QueryResult policy(ManagedPolicy policy, boolean withDescription) {
        QueryResult result = QueryResult.of().add("PolicyName", policy.name()).add("PolicyId", policy.id())
                .add("Arn", policy.arn()).add("Path", policy.path()).add("DefaultVersionId", policy.defaultVersionId())
                .add("AttachmentCount", policy.attachmentCount())
                .add("PermissionsBoundaryUsageCount", policy.boundaryUsageCount()).add("IsAttachable", true);
        if (withDescription) {
            result.add("Description", policy.description());
        }
        result.add("CreateDate", policy.createdAt()).add("UpdateDate", policy.updatedAt());
        if (!policy.tags().isEmpty()) {
            result.addTags("Tags", new java.util.TreeMap<>(policy.tags()));
        }
        return result;
    }

    static QueryResult version(PolicyVersion version, boolean withDocument) {
        QueryResult result = QueryResult.of();
        if (withDocument) {
            result.add("Document", urlEncoded(version.document()));
        }
        return result.add("VersionId", version.versionId()).add("IsDefaultVersion", version.isDefault())
                .add("CreateDate", version.createdAt());
    }

    /** RFC 3986 percent-encoding, as IAM returns policy documents ({@code %20} for a space, not {@code +}). */
    static String urlEncoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
    }

    /** MaxItems: 1 to 1000, default 100. */
    static int maxItems(QueryInput input) {
        return IamInputRules.maxItems(input.integer("MaxItems", 1, IamInputRules.MAX_ITEMS));
    }

    static String marker(QueryInput input) {
        return input.string("Marker", 1, 320);
    }

    /** Adds the page's items under {@code name}, then {@code IsTruncated} and, when truncated, {@code Marker}. */
    static <T> QueryResult paged(String name, Page<T> page, Function<T, QueryResult> each) {
        QueryResult result = QueryResult.of().addList(name, page.items(), each)
                .add("IsTruncated", page.nextCursor() != null);
        return page.nextCursor() == null ? result : result.add("Marker", page.nextCursor());
    }
}
