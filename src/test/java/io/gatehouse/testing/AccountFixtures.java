package io.gatehouse.testing;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pools and app clients for the self-service account flows (sign-up, confirmation, recovery),
 * made through the signed native API with {@code settings}, and the codes those flows mail,
 * read back from the pool's dev outbox.
 * <pre>{@code
 * String pool = AccountFixtures.pool(AccountFixtures.EMAIL_VERIFIED);
 * PoolFixtures.Client app = AccountFixtures.appClient(pool, false, true);
 * String code = AccountFixtures.latestCode(pool, "signup.confirm");
 * }</pre>
 */
public final class AccountFixtures {

    /** Pool settings that auto-verify email, so sign-up mails a confirmation code. */
    public static final Map<String, Object> EMAIL_VERIFIED = Map.of("autoVerifiedAttributes", List.of("email"));
    public static final String SIGN_UP = "signup.confirm";
    public static final String PASSWORD_RESET = "password.reset";
    public static final String VERIFY_EMAIL = "attribute.verify.email";
    public static final String INVITATION = "user.invite";

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private AccountFixtures() {
    }

    /** A new pool with these settings; returns its id. */
    public static String pool(Map<String, Object> settings) {
        return AppFixtures.pool(settings);
    }

    /** An app client allowing USER_PASSWORD_AUTH and refresh, with a secret or not, preventing user existence errors or not. */
    public static PoolFixtures.Client appClient(String poolId, boolean secret, boolean preventUserExistenceErrors) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("explicitAuthFlows", List.of("USER_PASSWORD_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"));
        settings.put("preventUserExistenceErrors", preventUserExistenceErrors);
        return PoolFixtures.createClient(poolId, Map.of("name", "app", "generateSecret", secret,
                "grantTypes", List.of("authorization_code", "refresh_token"), "scopes", List.of("openid", "email"),
                "callbackUrls", List.of("https://app.example.com/callback"), "settings", settings));
    }

    /** The pool's outbox messages, newest first. */
    public static List<Map<String, Object>> outbox(String poolId) {
        JsonPath page = SignedRequests.root().get("/api/v1/user-pools/" + poolId + "/outbox?limit=60")
                .then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    /** The newest outbox message of this purpose to this address. */
    public static Map<String, Object> latestMail(String poolId, String purpose, String to) {
        return outbox(poolId).stream().filter(m -> purpose.equals(m.get("purpose")) && to.equals(m.get("to")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + purpose + " mail to " + to));
    }

    /** The six-digit code in the newest outbox message of this purpose to this address. */
    public static String latestCode(String poolId, String purpose, String to) {
        return code(String.valueOf(latestMail(poolId, purpose, to).get("textBody")));
    }

    /** The first six-digit number in a message body. */
    public static String code(String body) {
        Matcher m = CODE.matcher(body);
        if (!m.find()) {
            throw new AssertionError("No code in the message");
        }
        return m.group(1);
    }

    /** Cognito's SECRET_HASH: base64(HMAC-SHA256(secret, username + clientId)). */
    public static String secretHash(PoolFixtures.Client client, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(client.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((username + client.clientId()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unique address at example.com. */
    public static String email(String prefix) {
        return PoolFixtures.unique(prefix) + "@example.com";
    }
}
