package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.userpool.PoolUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Cognito's user shapes: attribute lists {@code [{"Name": "email", "Value": "…"}]} ↔ the domain's
 * attribute map, and UserType. {@code sub} is listed first among the attributes, as Cognito does;
 * the others follow by name.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html">UserType</a>
 */
final class UserMapper {

    static final String SUB = "sub";

    private UserMapper() {
    }

    /** An AttributeListType member as a map; a missing Value sets the attribute to the empty string. */
    static Map<String, String> attributes(JsonInput in, String member) {
        Map<String, String> out = new LinkedHashMap<>();
        List<JsonInput> list = in.objects(member);
        if (list != null) {
            for (JsonInput attribute : list) {
                String value = attribute.string("Value");
                out.put(attribute.requiredString("Name"), value == null ? "" : value);
            }
        }
        return out;
    }

    /** The user's attributes as an AttributeListType, keeping those {@code wanted} names. */
    static List<JsonOutput> attributeList(PoolUser user, Predicate<String> wanted) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(SUB, user.sub().toString());
        all.putAll(new TreeMap<>(user.attributes()));
        return all.entrySet().stream().filter(e -> wanted.test(e.getKey()))
                .map(e -> JsonOutput.object().put("Name", e.getKey()).put("Value", e.getValue())).toList();
    }

    /** AttributeListType of attributes already chosen and ordered. */
    static List<JsonOutput> attributeList(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .map(e -> JsonOutput.object().put("Name", e.getKey()).put("Value", e.getValue())).toList();
    }

    /** UserType, as AdminCreateUser, ListUsers and ListUsersInGroup return it. */
    static JsonOutput userType(PoolUser user, Set<String> attributesToGet) {
        Predicate<String> wanted = attributesToGet == null ? name -> true : attributesToGet::contains;
        return JsonOutput.object()
                .put(Members.USERNAME, user.username())
                .objects("Attributes", attributeList(user, wanted))
                .put("UserCreateDate", user.createdAt())
                .put("UserLastModifiedDate", user.updatedAt())
                .put("Enabled", user.enabled())
                .put("UserStatus", user.status().name());
    }
}
