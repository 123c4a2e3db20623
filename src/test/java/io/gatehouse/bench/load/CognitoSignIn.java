package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cognito's unsigned sign-in calls (InitiateAuth, RespondToAuthChallenge) for a confidential app
 * client of the target ({@code <client>.client-id}, {@code <client>.client-secret}, e.g. {@code app}):
 * every call carries the SECRET_HASH of its USERNAME,
 * {@code Base64(HMAC-SHA256(client secret, username + client id))}.
 */
final class CognitoSignIn {

    static final String USERNAME = "USERNAME";
    static final String PASSWORD = "PASSWORD";
    private static final String SECRET_HASH = "SECRET_HASH";

    private final String url;
    private final String clientId;
    private final SecretKeySpec secretKey;

    CognitoSignIn(Target target, String client) {
        url = target.baseUrl() + "/";
        clientId = target.get(client + ".client-id");
        secretKey = new SecretKeySpec(target.get(client + ".client-secret").getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
    }

    /** InitiateAuth with {@code flow}; the parsed 200 answer. */
    JsonNode initiateAuth(Http http, String step, String flow, Map<String, String> parameters)
            throws IOException, LoadFailure {
        ObjectNode input = AwsJson.object().put("ClientId", clientId).put("AuthFlow", flow);
        withSecretHash(input.putObject("AuthParameters"), parameters);
        return AwsJson.call(http, url, step, AwsJson.COGNITO_IDP + "InitiateAuth", input);
    }

    /** RespondToAuthChallenge to {@code challenge} of {@code session}; the parsed 200 answer. */
    JsonNode respond(Http http, String step, String challenge, String session, Map<String, String> responses)
            throws IOException, LoadFailure {
        ObjectNode input = AwsJson.object().put("ClientId", clientId).put("ChallengeName", challenge)
                .put("Session", session);
        withSecretHash(input.putObject("ChallengeResponses"), responses);
        return AwsJson.call(http, url, step, AwsJson.COGNITO_IDP + "RespondToAuthChallenge", input);
    }

    /** The ID token of a USER_PASSWORD_AUTH sign-in of {@code user}. */
    String passwordIdToken(Http http, String step, Target.User user)
            throws IOException, LoadFailure {
        JsonNode answer = initiateAuth(http, step, "USER_PASSWORD_AUTH",
                Map.of(USERNAME, user.name(), PASSWORD, user.password()));
        return AwsJson.text(step, answer, "AuthenticationResult", "IdToken");
    }

    private void withSecretHash(ObjectNode parameters, Map<String, String> values) {
        values.forEach(parameters::put);
        parameters.put(SECRET_HASH, secretHash(values.get(USERNAME)));
    }

    private String secretHash(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secretKey);
            byte[] digest = mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
