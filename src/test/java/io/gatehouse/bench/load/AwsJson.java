package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * The AWS JSON 1.1 protocol as an SDK sends it, by hand: {@code POST /} with {@code X-Amz-Target}
 * naming the operation, and the answer's members read from the parsed body. The load generator
 * builds requests itself because the SDK clients would cost more CPU than the server they measure.
 */
final class AwsJson {

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String TARGET = "X-Amz-Target";
    static final String COGNITO_IDP = "AWSCognitoIdentityProviderService.";
    static final String COGNITO_IDENTITY = "AWSCognitoIdentityService.";

    private AwsJson() {
    }

    static ObjectNode object() {
        return Target.JSON.createObjectNode();
    }

    /** An unsigned call of {@code target} (e.g. {@code AWSCognitoIdentityService.GetId}); 200 or a failure. */
    static JsonNode call(Http http, String url, String step, String target, ObjectNode input)
            throws IOException, LoadFailure {
        return parse(step, http.post(url, CONTENT_TYPE, input.toString(), TARGET, target));
    }

    /** The body of a 200 answer, else a failure naming the AWS error type. */
    static JsonNode parse(String step, HttpResponse<String> response) throws LoadFailure {
        Http.expect(step, response, 200);
        try {
            return Target.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LoadFailure(step + ": the answer is not JSON");
        }
    }

    /** The non-empty text at {@code path} (member names), else a failure naming what is missing. */
    static String text(String step, JsonNode node, String... path) throws LoadFailure {
        JsonNode at = node;
        for (String name : path) {
            at = at.path(name);
        }
        if (!at.isTextual() || at.asText().isEmpty()) {
            throw new LoadFailure(step + ": no " + String.join(".", path) + " in the answer");
        }
        return at.asText();
    }
}
