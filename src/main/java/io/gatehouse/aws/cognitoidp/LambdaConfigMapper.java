package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.Triggers;
import io.gatehouse.userpool.UserPoolError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Cognito's LambdaConfigType ↔ the pool's {@link Triggers}. Gatehouse calls triggers as https
 * webhooks, so each member takes the receiver's URL where Cognito takes a Lambda ARN; an ARN is
 * refused with a message pointing at docs/triggers.md rather than silently never called. The
 * custom-auth and custom-sender triggers do not exist in Gatehouse and are refused too.
 * <pre>
 * "LambdaConfig": {"PreSignUp": "https://hooks.example.com/pre-sign-up",
 *   "PreTokenGenerationConfig": {"LambdaVersion": "V2_0", "LambdaArn": "https://hooks.example.com/token"}}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html">LambdaConfigType</a>
 */
final class LambdaConfigMapper {

    static final String LAMBDA_CONFIG = "LambdaConfig";
    private static final String PRE_SIGN_UP = "PreSignUp";
    private static final String POST_CONFIRMATION = "PostConfirmation";
    private static final String PRE_AUTHENTICATION = "PreAuthentication";
    private static final String POST_AUTHENTICATION = "PostAuthentication";
    private static final String PRE_TOKEN_GENERATION = "PreTokenGeneration";
    private static final String PRE_TOKEN_GENERATION_CONFIG = "PreTokenGenerationConfig";
    private static final String LAMBDA_VERSION = "LambdaVersion";
    private static final String LAMBDA_ARN = "LambdaArn";
    private static final String CUSTOM_MESSAGE = "CustomMessage";
    private static final String USER_MIGRATION = "UserMigration";
    private static final List<String> UNSUPPORTED = List.of("CreateAuthChallenge", "DefineAuthChallenge",
            "VerifyAuthChallengeResponse", "CustomEmailSender", "CustomSMSSender", "KMSKeyID",
            "InboundFederation");
    private static final List<String> VERSIONS = List.of(Triggers.V1_0, Triggers.V2_0, "V3_0");

    private LambdaConfigMapper() {
    }

    /**
     * The triggers a CreateUserPool/UpdateUserPool request sets. As UpdateUserPool resets omitted
     * members to their defaults, an absent LambdaConfig means no triggers; the wait
     * ({@code timeoutMillis}, which Cognito does not have) is kept from {@code current}.
     */
    static Triggers triggers(JsonInput in, Triggers current) {
        JsonInput config = in.object(LAMBDA_CONFIG);
        Integer timeout = current == null ? null : current.timeoutMillis();
        if (config == null) {
            return new Triggers(null, null, null, null, null, null, null, null, timeout);
        }
        for (String member : UNSUPPORTED) {
            if (config.has(member)) {
                throw invalid("LambdaConfig." + member + " is not supported by Gatehouse");
            }
        }
        JsonInput tokenConfig = config.object(PRE_TOKEN_GENERATION_CONFIG);
        URI preToken = url(config, PRE_TOKEN_GENERATION);
        String version = null;
        if (tokenConfig != null) {
            version = tokenConfig.oneOf(LAMBDA_VERSION, VERSIONS);
            if ("V3_0".equals(version)) {
                throw invalid("PreTokenGenerationConfig.LambdaVersion V3_0 is not supported by Gatehouse");
            }
            URI configured = url(tokenConfig, LAMBDA_ARN);
            if (configured == null || version == null) {
                throw invalid("PreTokenGenerationConfig needs LambdaVersion and LambdaArn");
            }
            if (preToken != null && !preToken.equals(configured)) {
                throw invalid("PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must be the same");
            }
            preToken = configured;
        }
        return new Triggers(url(config, PRE_SIGN_UP), url(config, POST_CONFIRMATION), url(config, PRE_AUTHENTICATION),
                url(config, POST_AUTHENTICATION), preToken, version, url(config, CUSTOM_MESSAGE),
                url(config, USER_MIGRATION), timeout);
    }

    /** LambdaConfigType as DescribeUserPool returns it: the webhook URLs in the ARN members. */
    static JsonOutput lambdaConfig(Triggers t) {
        JsonOutput out = JsonOutput.object()
                .put(PRE_SIGN_UP, text(t.preSignUp()))
                .put(POST_CONFIRMATION, text(t.postConfirmation()))
                .put(PRE_AUTHENTICATION, text(t.preAuthentication()))
                .put(POST_AUTHENTICATION, text(t.postAuthentication()))
                .put(PRE_TOKEN_GENERATION, text(t.preTokenGeneration()))
                .put(CUSTOM_MESSAGE, text(t.customMessage()))
                .put(USER_MIGRATION, text(t.userMigration()));
        if (t.preTokenGeneration() != null) {
            out.put(PRE_TOKEN_GENERATION_CONFIG, JsonOutput.object()
                    .put(LAMBDA_VERSION, t.preTokenGenerationVersion())
                    .put(LAMBDA_ARN, text(t.preTokenGeneration())));
        }
        return out;
    }

    private static URI url(JsonInput config, String member) {
        String value = config.string(member);
        if (value == null) {
            return null;
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("arn:")) {
            throw invalid("LambdaConfig." + member + " is a Lambda ARN, but Gatehouse calls triggers as https webhooks: "
                    + "give the receiver's https URL instead (see docs/triggers.md)");
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("LambdaConfig." + member + " must be an https URL");
        }
    }

    private static String text(URI url) {
        return url == null ? null : url.toString();
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
