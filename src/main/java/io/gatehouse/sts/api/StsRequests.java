package io.gatehouse.sts.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.api.RequestInput;
import io.gatehouse.sts.RoleSessionRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of {@code /api/v1/sts}, named as the STS API names its parameters (in camel
 * case). A session policy is a JSON object or a string holding one, as elsewhere in the native API.
 */
final class StsRequests {

    private StsRequests() {
    }

    /**
     * {@code {"roleArn": "arn:aws:iam::000000000000:role/Deployer", "roleSessionName": "ci",
     * "durationSeconds": 900, "tags": {"team": "blue"}, "transitiveTagKeys": ["team"]}}.
     */
    @Schema(name = "AssumeRoleRequest")
    record AssumeRole(String roleArn, String roleSessionName,
                      @Schema(description = "900 to the role's maximum (default 3600)") Integer durationSeconds,
                      @Schema(description = "Session policy: a JSON object or a string holding one") JsonNode policy,
                      List<String> policyArns, Map<String, String> tags, List<String> transitiveTagKeys,
                      String externalId, String serialNumber, String tokenCode, String sourceIdentity) {
    }

    /** {@code {"roleArn": "arn:aws:iam::000000000000:role/App", "roleSessionName": "web", "webIdentityToken": "eyJ…"}}. */
    @Schema(name = "AssumeRoleWithWebIdentityRequest")
    record WebIdentity(String roleArn, String roleSessionName, String webIdentityToken, Integer durationSeconds,
                       JsonNode policy, List<String> policyArns) {
    }

    /** {@code {"durationSeconds": 3600, "serialNumber": "arn:aws:iam::000000000000:mfa/alice", "tokenCode": "123456"}}. */
    @Schema(name = "SessionTokenRequest")
    record SessionToken(Integer durationSeconds, String serialNumber, String tokenCode) {
    }

    /** {@code {"name": "partner", "policy": {"Version": "2012-10-17", "Statement": […]}}}. */
    @Schema(name = "FederationTokenRequest")
    record FederationToken(String name, Integer durationSeconds, JsonNode policy, List<String> policyArns,
                           Map<String, String> tags) {
    }

    /** {@code {"accessKeyId": "ASIA…"}}. */
    @Schema(name = "AccessKeyInfoRequest")
    record AccessKeyInfo(String accessKeyId) {
    }

    /** The role session both assume-role endpoints ask for; role ARN and session name are required. */
    static RoleSessionRequest roleSession(String roleArn, String sessionName, Integer durationSeconds,
                                          JsonNode policy, List<String> policyArns, Map<String, String> tags,
                                          Set<String> transitiveTagKeys, String sourceIdentity) {
        return new RoleSessionRequest(RequestInput.field(roleArn, "roleArn"),
                RequestInput.field(sessionName, "roleSessionName"), duration(durationSeconds), policy(policy),
                list(policyArns, "policyArns"), tags, transitiveTagKeys, sourceIdentity);
    }

    static Duration duration(Integer seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    static String policy(JsonNode policy) {
        if (policy == null || policy.isNull()) {
            return null;
        }
        return policy.isTextual() ? policy.textValue() : policy.toString();
    }

    static List<String> list(List<String> values, String name) {
        return values == null ? List.of() : List.copyOf(RequestInput.noNulls(values, name));
    }

    static Set<String> set(List<String> values, String name) {
        return Set.copyOf(list(values, name));
    }

    static Map<String, String> tags(Map<String, String> tags) {
        if (tags == null) {
            return Map.of();
        }
        RequestInput.noNulls(tags.values(), "tags");
        return Map.copyOf(tags);
    }
}
