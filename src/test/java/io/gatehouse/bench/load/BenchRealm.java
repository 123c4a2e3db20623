package io.gatehouse.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Gatehouse benchmark realm file ({@code docs/realms.md}) for the bootstrap account:
 * exactly what {@code src/bench/targets/gatehouse.properties} names. The user pool with its API
 * scopes, the service and app clients and the users {@code user0000…}; the IAM role that trusts the
 * pool's ID tokens (AssumeRoleWithWebIdentity), the identity pool with its authenticated role (and
 * the app client whose ID tokens it accepts), and the IAM user whose signed ListUsers runs through
 * a realistic policy evaluation: ten managed policies of six statements with wildcards and
 * conditions, half through a group, plus tags that the conditions read. Its access key is not in the file (realm files cannot declare keys):
 * {@link SignedListUsersScenario} makes one with the root key.
 * <p>
 * Usage: {@code BenchRealm <output.json> [userCount=1000]}.
 */
public final class BenchRealm {

    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";
    static final String POOL_ID = "us-east-1_BenchPool1";
    static final String POOL_PROVIDER = "cognito-idp." + REGION + ".amazonaws.com/" + POOL_ID;
    static final String API = "https://api.bench.local";
    static final String SERVICE_CLIENT = "bench-svc";
    static final String SERVICE_SECRET = "bench-svc-secret";
    static final String APP_CLIENT = "bench-app";
    static final String APP_SECRET = "bench-app-secret";
    /**
     * The identity pool's provider client: Cognito identity pools accept only client ids of word
     * characters ({@code [\w_]+}), so not {@code bench-app}.
     */
    static final String MOBILE_CLIENT = "bench_mobile";
    static final String MOBILE_SECRET = "bench-mobile-secret";
    static final String CALLBACK = "http://127.0.0.1:9999/callback";
    static final String USER_PREFIX = "user";
    static final String PASSWORD = "Passw0rd!x";
    static final String IDENTITY_POOL_ID = "us-east-1:0b3e7c2d-5a41-4f8e-9c6b-2d7e4a1f9b30";
    static final String WEB_IDENTITY_ROLE = "BenchWebIdentity";
    static final String IDENTITY_ROLE = "BenchIdentityUser";
    static final String OPERATOR = "bench-operator";
    static final String OPERATOR_GROUP = "bench-operators";
    static final int POLICIES = 10;
    /** The policy whose first statement grants ListUsers on the benchmark pool; the others miss it. */
    static final int GRANTING_POLICY = POLICIES - 1;

    private BenchRealm() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchRealm <output.json> [userCount=1000]");
            System.exit(2);
        }
        int users = args.length == 2 ? Integer.parseInt(args[1]) : 1000;
        Path output = Path.of(args[0]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, json(users));
    }

    /** The realm file with {@code userCount} users. */
    public static String json(int userCount) {
        if (userCount < 1) {
            throw new IllegalArgumentException("userCount must be at least 1");
        }
        Map<String, Object> realm = new LinkedHashMap<>();
        realm.put("accountId", ACCOUNT);
        realm.put("userPools", List.of(userPool(userCount)));
        realm.put("iam", iam());
        realm.put("identityPools", List.of(identityPool()));
        try {
            return Target.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code user0000} for index 0: at least four digits, more when the count needs them. */
    static int digits(int userCount) {
        return Math.max(4, String.valueOf(userCount - 1).length());
    }

    private static Map<String, Object> userPool(int userCount) {
        return ordered("id", POOL_ID, "name", "bench",
                "resourceServers", List.of(ordered("identifier", API, "name", "bench api",
                        "scopes", List.of(ordered("name", "read"), ordered("name", "write")))),
                "clients", List.of(
                        ordered("clientId", SERVICE_CLIENT, "name", "bench service", "secret", SERVICE_SECRET,
                                "grantTypes", List.of("client_credentials"), "scopes", List.of(API + "/read")),
                        ordered("clientId", APP_CLIENT, "name", "bench app", "secret", APP_SECRET,
                                "grantTypes", List.of("authorization_code", "refresh_token"),
                                "scopes", List.of("openid", "email", "profile"),
                                "callbackUrls", List.of(CALLBACK),
                                "settings", ordered("explicitAuthFlows",
                                        List.of("USER_PASSWORD_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"))),
                        ordered("clientId", MOBILE_CLIENT, "name", "bench mobile app", "secret", MOBILE_SECRET,
                                "settings", ordered("explicitAuthFlows",
                                        List.of("USER_PASSWORD_AUTH", "REFRESH_TOKEN_AUTH")))),
                "users", users(userCount));
    }

    private static List<Object> users(int count) {
        String format = USER_PREFIX + "%0" + digits(count) + "d";
        List<Object> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = String.format(format, i);
            users.add(ordered("username", name, "password", PASSWORD,
                    "attributes", ordered("email", name + "@bench.example.com", "email_verified", "true")));
        }
        return users;
    }

    private static Map<String, Object> iam() {
        List<Object> policies = new ArrayList<>();
        List<String> userPolicies = new ArrayList<>();
        List<String> groupPolicies = new ArrayList<>();
        for (int p = 0; p < POLICIES; p++) {
            String name = "BenchOperator" + p;
            policies.add(ordered("name", name, "description", "Benchmark operator policy " + p,
                    "document", document(statements(p))));
            (p % 2 == 0 ? groupPolicies : userPolicies).add(name);
        }
        return ordered("policies", policies,
                "groups", List.of(ordered("name", OPERATOR_GROUP, "managedPolicies", groupPolicies)),
                "users", List.of(ordered("name", OPERATOR, "path", "/bench/",
                        "tags", ordered("team", "bench-load", "role", "operator"),
                        "groups", List.of(OPERATOR_GROUP), "managedPolicies", userPolicies)),
                "roles", List.of(webIdentityRole(), identityRole()));
    }

    /**
     * Six statements per policy, each with wildcards and conditions. Every policy has an Allow on
     * {@code cognito-idp:List*} (only {@link #GRANTING_POLICY}'s names the benchmark pool) and a Deny
     * on {@code cognito-idp:*} whose condition does not hold, so a ListUsers request walks every
     * policy's statements down to their conditions.
     */
    private static List<Object> statements(int p) {
        String pool = p == GRANTING_POLICY ? "us-east-1_Bench*" : "us-east-1_Team" + p + "*";
        return List.of(
                ordered("Sid", "ReadPools", "Effect", "Allow",
                        "Action", List.of("cognito-idp:Describe*", "cognito-idp:List*", "cognito-idp:Get?ser*"),
                        "Resource", List.of("arn:aws:cognito-idp:" + REGION + ":" + ACCOUNT + ":userpool/" + pool),
                        "Condition", ordered(
                                "StringEquals", ordered("aws:RequestedRegion", REGION),
                                "StringLike", ordered("aws:PrincipalTag/team", List.of("bench-*", "ops-*")),
                                "IpAddress", ordered("aws:SourceIp",
                                        List.of("127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                                                "::1/128")),
                                "DateLessThan", ordered("aws:CurrentTime", "2099-01-01T00:00:00Z"))),
                ordered("Sid", "FrozenDeny", "Effect", "Deny", "Action", "cognito-idp:*", "Resource", "*",
                        "Condition", ordered("StringEquals", ordered("aws:PrincipalTag/frozen", "true"))),
                ordered("Sid", "AdminDeny", "Effect", "Deny",
                        "Action", List.of("cognito-idp:Admin*", "cognito-idp:Delete*", "cognito-idp:Update*"),
                        "Resource", "*",
                        "Condition", ordered("StringNotEquals", ordered("aws:PrincipalTag/role", "admin"))),
                ordered("Sid", "OwnIamUser", "Effect", "Allow",
                        "Action", List.of("iam:Get*", "iam:List*"),
                        "Resource", "arn:aws:iam::" + ACCOUNT + ":user/bench/${aws:username}",
                        "Condition", ordered("Bool", ordered("aws:SecureTransport", "false"))),
                ordered("Sid", "IdentityPools" + p, "Effect", "Allow",
                        "Action", List.of("cognito-identity:Describe*", "cognito-identity:List*"),
                        "Resource", "arn:aws:cognito-identity:" + REGION + ":" + ACCOUNT + ":identitypool/*",
                        "Condition", ordered("StringLike", ordered("aws:userid", "AIDA*"))),
                ordered("Sid", "Sts", "Effect", "Allow", "NotAction", List.of("sts:AssumeRole*", "sts:Tag*"),
                        "Resource", "arn:aws:sts::" + ACCOUNT + ":*",
                        "Condition", ordered("NumericLessThan", ordered("aws:EpochTime", "4070908800"))));
    }

    private static Map<String, Object> webIdentityRole() {
        return ordered("name", WEB_IDENTITY_ROLE, "description", "Assumed with the benchmark pool's ID tokens",
                "trustPolicy", document(List.of(ordered("Effect", "Allow",
                        "Principal", ordered("Federated", POOL_PROVIDER),
                        "Action", "sts:AssumeRoleWithWebIdentity",
                        "Condition", ordered("StringEquals", ordered(POOL_PROVIDER + ":aud", APP_CLIENT))))),
                "inlinePolicies", ordered("ReadOwnPool", readOwnPool()));
    }

    private static Map<String, Object> identityRole() {
        return ordered("name", IDENTITY_ROLE, "description", "Authenticated identities of the benchmark identity pool",
                "trustPolicy", document(List.of(ordered("Effect", "Allow",
                        "Principal", ordered("Federated", "cognito-identity.amazonaws.com"),
                        "Action", "sts:AssumeRoleWithWebIdentity",
                        "Condition", ordered(
                                "StringEquals", ordered("cognito-identity.amazonaws.com:aud", IDENTITY_POOL_ID),
                                "ForAnyValue:StringLike", ordered("cognito-identity.amazonaws.com:amr",
                                        "authenticated"))))),
                "inlinePolicies", ordered("ReadOwnPool", readOwnPool()));
    }

    private static Map<String, Object> readOwnPool() {
        return document(List.of(ordered("Effect", "Allow", "Action", "cognito-idp:DescribeUserPool",
                "Resource", "arn:aws:cognito-idp:" + REGION + ":" + ACCOUNT + ":userpool/" + POOL_ID)));
    }

    private static Map<String, Object> identityPool() {
        return ordered("id", IDENTITY_POOL_ID, "name", "bench", "allowUnauthenticatedIdentities", false,
                "cognitoIdentityProviders", List.of(ordered("userPool", POOL_ID, "clientId", MOBILE_CLIENT)),
                "roles", ordered("authenticated", IDENTITY_ROLE));
    }

    private static Map<String, Object> document(List<Object> statements) {
        return ordered("Version", "2012-10-17", "Statement", statements);
    }

    /** A JSON object with its members in the given order: name, value, name, value… */
    private static Map<String, Object> ordered(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], members[i + 1]);
        }
        return object;
    }
}
