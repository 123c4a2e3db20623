package io.gatehouse.realm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatehouse.iam.policy.MalformedPolicyException;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IAM policy documents in a realm file: written as a JSON object (or as a string holding one),
 * checked by the policy engine while the file is parsed so that a malformed document is reported at
 * its JSON path before anything is written, and compared with stored documents by JSON value, so
 * that whitespace or a document stored as a string does not count as an edit.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
final class RealmPolicyDocument {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RealmPolicyDocument() {
    }

    /** The document at {@code key}, or null when absent. */
    static String optional(JsonObjectReader in, String key, PolicyKind kind) {
        JsonNode value = in.optionalNode(key);
        return value == null ? null : read(in, in.path().child(key), value, kind);
    }

    static String required(JsonObjectReader in, String key, PolicyKind kind) {
        String document = optional(in, key, kind);
        if (document == null) {
            throw in.error(key, "is required");
        }
        return document;
    }

    /** The object {@code key} of policy name to document (inline policies), in file order. */
    static Map<String, String> named(JsonObjectReader in, String key, PolicyKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        in.members(key).forEach((name, value) -> out.put(name, read(in, in.path().child(key).child(name), value, kind)));
        return out;
    }

    /** True when both are the same JSON value; a stored document that is not JSON equals nothing. */
    static boolean same(String declared, String stored) {
        try {
            return stored != null && MAPPER.readTree(declared).equals(MAPPER.readTree(stored));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String read(JsonObjectReader in, JsonPath at, JsonNode value, PolicyKind kind) {
        String document;
        if (value.isObject()) {
            document = value.toString();
        } else if (value.isTextual()) {
            document = value.textValue();
        } else {
            throw in.error(at, "must be a policy document (an object, or a string), not " + JsonObjectReader.typeOf(value));
        }
        try {
            PolicyParser.parse(at.toString(), document, kind);
        } catch (MalformedPolicyException e) {
            throw in.error(at, "malformed policy document: " + e.getMessage());
        }
        return document;
    }
}
