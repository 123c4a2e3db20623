package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The webhooks that stand in for a pool's Cognito Lambda triggers ({@code LambdaConfig}): one
 * optional URL per trigger, which Gatehouse POSTs the trigger's event to, and the time it waits
 * for an answer. URLs must be https; plain http is accepted only for loopback hosts (local
 * receivers and tests). {@code preTokenGenerationVersion} is Cognito's {@code LambdaVersion}:
 * {@code V1_0} (ID token only, the default) or {@code V2_0} (ID and access token, scopes).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html">LambdaConfigType</a>
 */
public record Triggers(
        URI preSignUp,
        URI postConfirmation,
        URI preAuthentication,
        URI postAuthentication,
        URI preTokenGeneration,
        String preTokenGenerationVersion,
        URI customMessage,
        URI userMigration,
        Integer timeoutMillis) {

    public static final Triggers NONE = new Triggers(null, null, null, null, null, null, null, null, null);
    public static final String V1_0 = "V1_0";
    public static final String V2_0 = "V2_0";
    /** Cognito waits 5 seconds for a trigger. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 5_000;
    public static final int MIN_TIMEOUT_MILLIS = 100;
    public static final int MAX_TIMEOUT_MILLIS = 30_000;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final int MAX_URL = 2048;

    public Triggers {
        preSignUp = checked(preSignUp, "preSignUp");
        postConfirmation = checked(postConfirmation, "postConfirmation");
        preAuthentication = checked(preAuthentication, "preAuthentication");
        postAuthentication = checked(postAuthentication, "postAuthentication");
        preTokenGeneration = checked(preTokenGeneration, "preTokenGeneration");
        customMessage = checked(customMessage, "customMessage");
        userMigration = checked(userMigration, "userMigration");
        preTokenGenerationVersion = preTokenGenerationVersion == null ? V1_0 : preTokenGenerationVersion;
        if (!preTokenGenerationVersion.equals(V1_0) && !preTokenGenerationVersion.equals(V2_0)) {
            throw invalid("preTokenGenerationVersion must be V1_0 or V2_0");
        }
        timeoutMillis = timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
        if (timeoutMillis < MIN_TIMEOUT_MILLIS || timeoutMillis > MAX_TIMEOUT_MILLIS) {
            throw invalid("Trigger timeoutMillis must be " + MIN_TIMEOUT_MILLIS + " to " + MAX_TIMEOUT_MILLIS);
        }
    }

    /** Whether any trigger is configured (a pool with triggers has a signing secret). */
    public boolean any() {
        return preSignUp != null || postConfirmation != null || preAuthentication != null || postAuthentication != null
                || preTokenGeneration != null || customMessage != null || userMigration != null;
    }

    /** https anywhere; http only to a loopback host; no credentials or fragment in the URL. */
    private static URI checked(URI url, String name) {
        if (url == null) {
            return null;
        }
        String text = url.toString();
        if (text.length() > MAX_URL || !url.isAbsolute() || url.getRawUserInfo() != null || url.getRawFragment() != null
                || url.getHost() == null) {
            throw invalid("Trigger " + name + " must be an absolute https URL without credentials or fragment");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw invalid("Trigger " + name + " must use https (http is allowed only for localhost)");
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("Trigger " + name + " is not a valid URL");
        }
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
