package io.gatehouse.org;

import io.gatehouse.core.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Organizations identifiers: fresh ones in AWS's formats, and the syntax checks AWS makes on ids
 * a client sends (a malformed id is {@code InvalidInputException}, a well-formed unknown one the
 * operation's not-found error). An OU id embeds its root's suffix, as AWS's do.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html">id patterns</a>
 */
@ApplicationScoped
public class OrgIds {

    static final Pattern ROOT = Pattern.compile("r-[0-9a-z]{4,32}");
    static final Pattern UNIT = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}");
    static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    static final Pattern POLICY = Pattern.compile("p-[0-9a-zA-Z_]{8,128}");
    static final Pattern CREATE_ACCOUNT_REQUEST = Pattern.compile("car-[a-z0-9]{8,32}");

    private final Ids ids;

    public OrgIds(Ids ids) {
        this.ids = ids;
    }

    public String organizationId() {
        return "o-" + ids.lowerAlnum(10);
    }

    public String rootId() {
        return "r-" + ids.lowerAlnum(4);
    }

    /** An OU id under the root {@code r-abcd}: {@code ou-abcd-} and 8 letters and digits. */
    public String unitId(String rootId) {
        return "ou-" + rootId.substring(2) + "-" + ids.lowerAlnum(8);
    }

    public String policyId() {
        return "p-" + ids.lowerAlnum(8);
    }

    public String createAccountRequestId() {
        return "car-" + ids.hex(16);
    }

    public static boolean isRoot(String id) {
        return ROOT.matcher(id).matches();
    }

    public static boolean isUnit(String id) {
        return UNIT.matcher(id).matches();
    }

    public static boolean isAccount(String id) {
        return ACCOUNT.matcher(id).matches();
    }

    public static String requireRoot(String id, String member) {
        return require(id, ROOT, member);
    }

    public static String requireUnit(String id, String member) {
        return require(id, UNIT, member);
    }

    public static String requireAccount(String id, String member) {
        return require(id, ACCOUNT, member);
    }

    public static String requirePolicy(String id, String member) {
        if (id == null || !POLICY.matcher(id).matches()) {
            throw OrgException.invalid("INVALID_SYNTAX_POLICY_ID",
                    "You specified an invalid policy ID in " + member + ".");
        }
        return id;
    }

    public static String requireCreateAccountRequest(String id, String member) {
        return require(id, CREATE_ACCOUNT_REQUEST, member);
    }

    /** A parent: a root or an OU id. */
    public static String requireParent(String id, String member) {
        if (id == null || !(isRoot(id) || isUnit(id))) {
            throw pattern(member);
        }
        return id;
    }

    /** A child: an OU or an account id. */
    public static String requireChild(String id, String member) {
        if (id == null || !(isUnit(id) || isAccount(id))) {
            throw pattern(member);
        }
        return id;
    }

    /** A policy target: a root, an OU or an account id. */
    public static String requireTarget(String id, String member) {
        if (id == null || !(isRoot(id) || isUnit(id) || isAccount(id))) {
            throw OrgException.invalid("INVALID_PATTERN_TARGET_ID",
                    "You specified a policy target ID that doesn't match the required pattern in " + member + ".");
        }
        return id;
    }

    private static String require(String id, Pattern pattern, String member) {
        if (id == null || !pattern.matcher(id).matches()) {
            throw pattern(member);
        }
        return id;
    }

    private static OrgException pattern(String member) {
        return OrgException.invalid("INVALID_PATTERN",
                "You provided a value that does not match the required pattern for " + member + ".");
    }
}
