package io.gatehouse.sts;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.webidentity.WebIdentityError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a web identity token asks of its role session through AWS's claims: a source identity
 * ({@code "https://aws.amazon.com/source_identity": "alice"}) and session tags, e.g.
 * <pre>{@code
 * "https://aws.amazon.com/tags": {"principal_tags": {"team": ["blue"]}, "transitive_tag_keys": ["team"]}
 * }</pre>
 * Each principal tag has exactly one value. A claim of another shape makes the token invalid; the
 * trust policy must still allow {@code sts:SetSourceIdentity} and {@code sts:TagSession}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_adding-assume-role-idp">Passing session tags using AssumeRoleWithWebIdentity</a>
 */
final class TokenSessionClaims {

    static final String SOURCE_IDENTITY = "https://aws.amazon.com/source_identity";
    static final String TAGS = "https://aws.amazon.com/tags";

    private TokenSessionClaims() {
    }

    /** {@code request} with the source identity and tags the token's claims carry. */
    static RoleSessionRequest apply(RoleSessionRequest request, Map<String, Object> claims) {
        Object source = claims.get(SOURCE_IDENTITY);
        if (source != null && !(source instanceof String)) {
            throw invalid(SOURCE_IDENTITY + " must be a string");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        Set<String> transitive = new LinkedHashSet<>();
        if (claims.get(TAGS) instanceof Map<?, ?> tagClaim) {
            principalTags(tagClaim.get("principal_tags"), tags);
            transitiveKeys(tagClaim.get("transitive_tag_keys"), transitive);
        } else if (claims.containsKey(TAGS)) {
            throw invalid(TAGS + " must be an object");
        }
        if (source == null && tags.isEmpty()) {
            return request;
        }
        return new RoleSessionRequest(request.roleArn(), request.sessionName(), request.duration(), request.policy(),
                request.policyArns(), tags, transitive, (String) source);
    }

    private static void principalTags(Object claim, Map<String, String> tags) {
        if (claim == null) {
            return;
        }
        if (!(claim instanceof Map<?, ?> principal)) {
            throw invalid("principal_tags must be an object");
        }
        principal.forEach((key, values) -> {
            if (!(values instanceof List<?> list) || list.size() != 1 || !(list.get(0) instanceof String value)) {
                throw invalid("Each principal tag must have a list of exactly one string value");
            }
            tags.put(String.valueOf(key), value);
        });
    }

    private static void transitiveKeys(Object claim, Set<String> keys) {
        if (claim == null) {
            return;
        }
        if (!(claim instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw invalid("transitive_tag_keys must be a list of strings");
        }
        list.forEach(key -> keys.add((String) key));
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(WebIdentityError.INVALID_IDENTITY_TOKEN, message);
    }
}
