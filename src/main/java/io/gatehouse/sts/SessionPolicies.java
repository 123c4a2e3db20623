package io.gatehouse.sts;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.ManagedPolicyService;
import io.gatehouse.iam.policy.MalformedPolicyException;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a request's session policies (an inline document and up to 10 managed policy ARNs) into the
 * documents a session carries. Managed policies are resolved now, to their default version: the
 * session token is self-contained, so a later edit of the policy does not reach live sessions.
 * The inline document is at most 2,048 characters, as in AWS. The documents together (and the
 * session tags) must fit the packed allowance, which keeps session tokens small enough for an HTTP
 * header; {@link #packedPercent} is AWS's {@code PackedPolicySize}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session">Session policies</a>
 */
@ApplicationScoped
public class SessionPolicies {

    static final int MAX_INLINE_CHARS = 2_048;
    static final int MAX_POLICY_ARNS = 10;
    /** Characters of session-policy documents and session tags one session may carry. */
    static final int PACKED_ALLOWANCE = 10_240;

    private final ManagedPolicyService managed;

    public SessionPolicies(ManagedPolicyService managed) {
        this.managed = Objects.requireNonNull(managed, "managed");
    }

    /** The documents for a session of a role in {@code accountId}. */
    List<String> resolve(String accountId, String policy, List<String> policyArns) {
        List<String> documents = new ArrayList<>();
        if (policy != null) {
            documents.add(inline(policy));
        }
        if (policyArns.size() > MAX_POLICY_ARNS) {
            throw new GatehouseException(StsError.VALIDATION_ERROR,
                    "PolicyArns must have at most " + MAX_POLICY_ARNS + " members");
        }
        for (String arn : policyArns) {
            documents.add(managedDocument(accountId, arn));
        }
        return List.copyOf(documents);
    }

    /** The share of the allowance the documents and tags use, in percent; over 100 fails. */
    static int packedPercent(List<String> documents, SessionTags tags) {
        int used = documents.stream().mapToInt(String::length).sum() + tags.plaintextLength();
        int percent = (int) Math.ceil(used * 100.0 / PACKED_ALLOWANCE);
        if (percent > 100) {
            throw new GatehouseException(StsError.PACKED_POLICY_TOO_LARGE, "Packed size of session policies and"
                    + " tags consumes " + percent + "% of the allowance (" + PACKED_ALLOWANCE + " characters)");
        }
        return percent;
    }

    private static String inline(String policy) {
        if (policy.isEmpty() || policy.length() > MAX_INLINE_CHARS) {
            throw new GatehouseException(StsError.VALIDATION_ERROR,
                    "Policy must have between 1 and " + MAX_INLINE_CHARS + " characters");
        }
        parse("Policy", policy);
        return policy;
    }

    private String managedDocument(String accountId, String arn) {
        if (arn == null || arn.length() < 20 || arn.length() > 2_048) {
            throw new GatehouseException(StsError.VALIDATION_ERROR, "PolicyArns members must be policy ARNs");
        }
        if (managed.find(accountId, arn).isEmpty()) {
            throw new GatehouseException(StsError.VALIDATION_ERROR, "Policy " + arn
                    + " does not exist or is not in the role's account");
        }
        String document = managed.defaultDocument(accountId, arn);
        parse(arn, document);
        return document;
    }

    private static void parse(String sourceId, String document) {
        try {
            PolicyParser.parse(sourceId, document, PolicyKind.SESSION);
        } catch (MalformedPolicyException e) {
            throw new GatehouseException(StsError.MALFORMED_POLICY_DOCUMENT, e.getMessage());
        }
    }
}
