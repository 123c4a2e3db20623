package io.gatehouse.iam.policy;

import java.util.ArrayList;
import java.util.List;

/** Object mother for policy engine tests: documents, principals, requests and policy sets. */
final class TestPolicies {

    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";

    private TestPolicies() {
    }

    /** A 2012-10-17 document with the given statement objects. */
    static String document(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    static String allow(String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    static String deny(String action, String resource) {
        return "{\"Effect\":\"Deny\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    /** A resource-policy statement allowing {@code principalJson} (e.g. {@code {"AWS":"..."}}). */
    static String allowPrincipal(String principalJson, String action, String resource) {
        return "{\"Effect\":\"Allow\",\"Principal\":" + principalJson + ",\"Action\":\"" + action
                + "\",\"Resource\":\"" + resource + "\"}";
    }

    static Policy identity(String... statements) {
        return PolicyParser.parse("identity", document(statements), PolicyKind.MANAGED_IDENTITY);
    }

    static Policy resource(String... statements) {
        return PolicyParser.parse("resource", document(statements), PolicyKind.RESOURCE);
    }

    static Policy trust(String... statements) {
        return PolicyParser.parse("trust", document(statements), PolicyKind.TRUST);
    }

    static Policy scp(String... statements) {
        return PolicyParser.parse("scp", document(statements), PolicyKind.SERVICE_CONTROL);
    }

    static Policy session(String... statements) {
        return PolicyParser.parse("session", document(statements), PolicyKind.SESSION);
    }

    static Policy boundary(String... statements) {
        return PolicyParser.parse("boundary", document(statements), PolicyKind.MANAGED_IDENTITY);
    }

    static RequestPrincipal user(String name) {
        String arn = "arn:aws:iam::" + ACCOUNT + ":user/" + name;
        return new RequestPrincipal("AWS", arn, ACCOUNT, arn);
    }

    static RequestPrincipal roleSession(String account, String role, String session) {
        return new RequestPrincipal("AWS", "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session,
                account, "arn:aws:iam::" + account + ":role/" + role);
    }

    static RequestPrincipal root() {
        String arn = "arn:aws:iam::" + ACCOUNT + ":root";
        return new RequestPrincipal("AWS", arn, ACCOUNT, arn);
    }

    static RequestContext request(String action, String resource, RequestPrincipal principal) {
        return RequestContext.builder().action(action).resource(resource).principal(principal).build();
    }

    static Policies policies() {
        return new Policies();
    }

    /** A {@link PolicySet} built one part at a time. */
    static final class Policies {

        private final List<Policy> identity = new ArrayList<>();
        private final List<Policy> resource = new ArrayList<>();
        private final List<Policy> session = new ArrayList<>();
        private final List<List<Policy>> scpLevels = new ArrayList<>();
        private Policy boundary;
        private boolean accountRoot;
        private String resourceAccount;

        Policies identity(Policy policy) {
            identity.add(policy);
            return this;
        }

        Policies resource(Policy policy) {
            resource.add(policy);
            return this;
        }

        Policies session(Policy policy) {
            session.add(policy);
            return this;
        }

        Policies scpLevel(Policy... policies) {
            scpLevels.add(List.of(policies));
            return this;
        }

        Policies boundary(Policy policy) {
            boundary = policy;
            return this;
        }

        Policies accountRoot() {
            accountRoot = true;
            return this;
        }

        Policies resourceAccount(String accountId) {
            resourceAccount = accountId;
            return this;
        }

        PolicySet build() {
            return new PolicySet(identity, resource, boundary, session, scpLevels, accountRoot, resourceAccount);
        }
    }
}
