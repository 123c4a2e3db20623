package io.gatehouse.sts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a caller asks of a new role session, whichever STS operation it comes through: the role,
 * the session name (it becomes part of the session's ARN), how long it lasts (null for AWS's default
 * of one hour), session policies (an inline document and managed policy ARNs; null and empty for
 * none), session tags with the keys among them that are transitive, and a source identity (null for
 * none).
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
 */
public record RoleSessionRequest(String roleArn, String sessionName, Duration duration, String policy,
                                 List<String> policyArns, Map<String, String> tags, Set<String> transitiveTagKeys,
                                 String sourceIdentity) {

    public RoleSessionRequest {
        Objects.requireNonNull(roleArn, "roleArn");
        Objects.requireNonNull(sessionName, "sessionName");
        policyArns = List.copyOf(Objects.requireNonNull(policyArns, "policyArns"));
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
        transitiveTagKeys = Set.copyOf(Objects.requireNonNull(transitiveTagKeys, "transitiveTagKeys"));
    }

    /** A session of the default length with no session policies, tags or source identity. */
    public static RoleSessionRequest of(String roleArn, String sessionName) {
        return new RoleSessionRequest(roleArn, sessionName, null, null, List.of(), Map.of(), Set.of(), null);
    }

    /** The same request with session tags (none of them transitive). */
    public RoleSessionRequest withTags(Map<String, String> sessionTags) {
        return new RoleSessionRequest(roleArn, sessionName, duration, policy, policyArns, sessionTags, Set.of(),
                sourceIdentity);
    }

    /** The same request lasting {@code length} (null for the default). */
    public RoleSessionRequest withDuration(Duration length) {
        return new RoleSessionRequest(roleArn, sessionName, length, policy, policyArns, tags, transitiveTagKeys,
                sourceIdentity);
    }
}
