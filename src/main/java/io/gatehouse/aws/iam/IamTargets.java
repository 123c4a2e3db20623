package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.aws.wire.AuthorizationTarget;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.OidcProviderUrls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resource an IAM operation acts on, as the Service Authorization Reference gives it: the group
 * for membership changes, else the user, role or group the request names (with its {@code Path}
 * when the request sets one), the policy ARN, the MFA device; the caller itself for the operations
 * that default to it (GetUser, CreateAccessKey… without {@code UserName}); the {@code PolicySourceArn}
 * of SimulatePrincipalPolicy; the OIDC provider ({@code oidc-provider/<URL without scheme>}); {@code *} for account-wide
 * operations. Request tags and {@code iam:PolicyARN} / {@code iam:PermissionsBoundary} are request
 * condition keys.
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html">Actions, resources, and condition keys for IAM</a>
 */
final class IamTargets {

    /** Operations whose resource is the group even though they also name a user. */
    private static final Set<String> GROUP_FIRST = Set.of("AddUserToGroup", "RemoveUserFromGroup");
    /** Operations that act on the caller itself when they name no user. */
    private static final Set<String> DEFAULT_TO_CALLER = Set.of("GetUser", "CreateAccessKey", "ListAccessKeys",
            "UpdateAccessKey", "DeleteAccessKey", "ListMFADevices", "ListSigningCertificates", "ListSSHPublicKeys",
            "ChangePassword", "GetLoginProfile");

    private IamTargets() {
    }

    static AuthorizationTarget of(String action, Caller caller, QueryInput input) {
        String account = caller.accountId();
        String path = text(input, "Path");
        String prefix = "arn:aws:iam::" + account + ":";
        String user = text(input, "UserName");
        String group = text(input, "GroupName");
        String role = text(input, "RoleName");
        String resource;
        if ("SimulatePrincipalPolicy".equals(action) && text(input, "PolicySourceArn") != null) {
            resource = text(input, "PolicySourceArn");
        } else if (GROUP_FIRST.contains(action) && group != null) {
            resource = prefix + "group" + pathOf(path) + group;
        } else if (user != null) {
            resource = prefix + "user" + pathOf(path) + user;
        } else if (role != null) {
            resource = prefix + "role" + pathOf(path) + role;
        } else if (group != null) {
            resource = prefix + "group" + pathOf(path) + group;
        } else if (text(input, "PolicyArn") != null) {
            resource = text(input, "PolicyArn");
        } else if (text(input, "PolicyName") != null && "CreatePolicy".equals(action)) {
            resource = prefix + "policy" + pathOf(path) + text(input, "PolicyName");
        } else if (text(input, "SerialNumber") != null) {
            resource = text(input, "SerialNumber");
        } else if (text(input, "VirtualMFADeviceName") != null) {
            resource = prefix + "mfa" + pathOf(path) + text(input, "VirtualMFADeviceName");
        } else if (text(input, "OpenIDConnectProviderArn") != null) {
            resource = text(input, "OpenIDConnectProviderArn");
        } else if ("CreateOpenIDConnectProvider".equals(action) && text(input, "Url") != null) {
            resource = OidcProviderUrls.arn(account, OidcProviderUrls.name(text(input, "Url")));
        } else if (DEFAULT_TO_CALLER.contains(action) && caller.type() == PrincipalType.USER) {
            resource = caller.principalArn();
        } else {
            resource = "*";
        }
        return new AuthorizationTarget(resource, tags(input), conditionKeys(input));
    }

    private static Map<String, List<String>> conditionKeys(QueryInput input) {
        Map<String, List<String>> keys = new HashMap<>();
        String policyArn = text(input, "PolicyArn");
        if (policyArn != null) {
            keys.put("iam:PolicyARN", List.of(policyArn));
        }
        String boundary = text(input, "PermissionsBoundary");
        if (boundary != null) {
            keys.put("iam:PermissionsBoundary", List.of(boundary));
        }
        return keys;
    }

    private static String pathOf(String path) {
        return path == null || !path.startsWith("/") || !path.endsWith("/") ? "/" : path;
    }

    private static Map<String, String> tags(QueryInput input) {
        try {
            return input.tags("Tags");
        } catch (GatehouseException malformed) {
            return Map.of();
        }
    }

    private static String text(QueryInput input, String name) {
        try {
            String value = input.string(name);
            return value == null || value.isEmpty() ? null : value;
        } catch (GatehouseException malformed) {
            return null;
        }
    }
}
