package io.gatehouse.iam.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled Principal or NotPrincipal element. An {@code AWS} account ("123456789012" or
 * "arn:aws:iam::123456789012:root") matches every principal of that account; a role ARN matches its
 * sessions through {@link RequestPrincipal#issuerArn()}; {@code "*"} matches anyone, anonymous
 * callers included. Wildcards inside principal names are not allowed.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM JSON policy elements: Principal</a>
 */
final class PrincipalSpec {

    static final String AWS = "AWS";
    static final List<String> TYPES = List.of(AWS, "Federated", "Service", "CanonicalUser");

    /** The names listed under one principal type. */
    private record Names(boolean everyone, Set<String> arns, Set<String> accounts) {
    }

    private final boolean everyone;
    private final Map<String, Names> byType;

    private PrincipalSpec(boolean everyone, Map<String, Names> byType) {
        this.everyone = everyone;
        this.byType = byType;
    }

    /** {@code "Principal": "*"}. */
    static PrincipalSpec everyone() {
        return new PrincipalSpec(true, Map.of());
    }

    /**
     * A principal map, each type listing validated names.
     *
     * @throws IllegalArgumentException naming the type or name that is not valid
     */
    static PrincipalSpec of(Map<String, List<String>> namesByType) {
        Map<String, Names> byType = new HashMap<>();
        namesByType.forEach((type, names) -> byType.put(type, names(type, names)));
        return new PrincipalSpec(false, Map.copyOf(byType));
    }

    /** How this element (as Principal) matches {@code principal}. */
    PrincipalMatch match(RequestPrincipal principal) {
        if (everyone) {
            return PrincipalMatch.ANYONE;
        }
        Names names = byType.get(principal.type());
        if (names == null) {
            return PrincipalMatch.NONE;
        }
        if (names.everyone()) {
            return PrincipalMatch.ANYONE;
        }
        if (names.arns().contains(principal.arn())) {
            return PrincipalMatch.DIRECT;
        }
        if (principal.issuerArn() != null && names.arns().contains(principal.issuerArn())) {
            return PrincipalMatch.ISSUER;
        }
        return principal.accountId() != null && names.accounts().contains(principal.accountId())
                ? PrincipalMatch.ACCOUNT : PrincipalMatch.NONE;
    }

    /**
     * True when this element (as NotPrincipal) leaves {@code principal} out. AWS treats a session,
     * the role or user behind it and its account as separate principals: "you must also specify the
     * account ARN" and, for a role session, the role; so all of them must be listed.
     *
     * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html">IAM JSON policy elements: NotPrincipal</a>
     */
    boolean excludes(RequestPrincipal principal) {
        if (everyone) {
            return true;
        }
        Names names = byType.get(principal.type());
        if (names == null) {
            return false;
        }
        if (names.everyone()) {
            return true;
        }
        boolean self = names.arns().contains(principal.arn());
        String issuer = principal.issuerArn();
        boolean issuerListed = issuer == null || issuer.equals(principal.arn()) || names.arns().contains(issuer);
        boolean accountListed = !AWS.equals(principal.type()) || principal.accountId() == null
                || names.accounts().contains(principal.accountId());
        return self && issuerListed && accountListed;
    }

    private static Names names(String type, List<String> values) {
        boolean everyone = false;
        Set<String> arns = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        for (String value : values) {
            if (value.equals("*") && type.equals(AWS)) {
                everyone = true;
            } else if (type.equals(AWS)) {
                awsName(value, arns, accounts);
            } else if (value.isEmpty() || value.indexOf('*') >= 0 || value.indexOf('?') >= 0
                    || value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("Principal " + type + " \"" + value + "\" is not valid");
            } else {
                arns.add(value);
            }
        }
        return new Names(everyone, Set.copyOf(arns), Set.copyOf(accounts));
    }

    private static void awsName(String value, Set<String> arns, Set<String> accounts) {
        if (isAccountId(value)) {
            accounts.add(value);
            arns.add("arn:aws:iam::" + value + ":root");
            return;
        }
        String[] parts = value.split(":", 6);
        boolean valid = parts.length == 6 && parts[0].equals("arn") && !parts[1].isEmpty()
                && (parts[2].equals("iam") || parts[2].equals("sts")) && parts[3].isEmpty() && isAccountId(parts[4])
                && validResource(parts[2], parts[5]) && value.indexOf('*') < 0 && value.indexOf('?') < 0;
        if (!valid) {
            throw new IllegalArgumentException("Principal AWS \"" + value + "\" is not valid: use \"*\", an account id"
                    + " or the ARN of an account root, user, role, role session or federated user");
        }
        arns.add(value);
        if (parts[5].equals("root")) {
            accounts.add(parts[4]);
        }
    }

    private static boolean validResource(String service, String resource) {
        if (service.equals("iam")) {
            return resource.equals("root") || resource.startsWith("user/") && resource.length() > 5
                    || resource.startsWith("role/") && resource.length() > 5;
        }
        return resource.startsWith("assumed-role/") && resource.indexOf('/', 13) > 13
                || resource.startsWith("federated-user/") && resource.length() > 15;
    }

    private static boolean isAccountId(String value) {
        return value.length() == 12 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
