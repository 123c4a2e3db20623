package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.MfaConfiguration;
import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.UserPoolError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SetUserPoolMfaConfig and GetUserPoolMfaConfig ↔ the pool's MFA settings. The request replaces
 * the whole MFA configuration: a factor left out is turned off, a missing MfaConfiguration is OFF.
 * TOTP is SoftwareTokenMfaConfiguration; email MFA is on when EmailMfaConfiguration is present. SMS
 * MFA does not exist in Gatehouse. Example request:
 * <pre>{"UserPoolId": "us-east-1_abc", "MfaConfiguration": "OPTIONAL",
 *  "SoftwareTokenMfaConfiguration": {"Enabled": true},
 *  "EmailMfaConfiguration": {"Subject": "Sign-in code", "Message": "Your code is {####}"}}</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html">SetUserPoolMfaConfig</a>
 */
final class MfaConfigMapper {

    static final String MFA_CONFIGURATION = "MfaConfiguration";
    static final List<String> MFA_VALUES = Arrays.stream(MfaConfiguration.values()).map(Enum::name).toList();
    private static final String SOFTWARE_TOKEN = "SoftwareTokenMfaConfiguration";
    private static final String EMAIL = "EmailMfaConfiguration";

    private MfaConfigMapper() {
    }

    /** A MfaConfiguration member (OFF, ON, OPTIONAL), or null when absent. */
    static MfaConfiguration configuration(JsonInput in) {
        String value = in.oneOf(MFA_CONFIGURATION, MFA_VALUES);
        return value == null ? null : MfaConfiguration.valueOf(value);
    }

    /** {@code current} with the MFA configuration of a SetUserPoolMfaConfig request. */
    static PoolSettings settings(JsonInput in, PoolSettings current) {
        if (in.has("SmsMfaConfiguration")) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "SMS MFA is not supported by Gatehouse");
        }
        Set<MfaType> types = EnumSet.noneOf(MfaType.class);
        JsonInput totp = in.object(SOFTWARE_TOKEN);
        if (totp != null && Boolean.TRUE.equals(totp.bool("Enabled"))) {
            types.add(MfaType.SOFTWARE_TOKEN_MFA);
        }
        JsonInput email = in.object(EMAIL);
        if (email != null) {
            types.add(MfaType.EMAIL_OTP);
        }
        MfaConfiguration configuration = configuration(in);
        return current.withMfa(configuration == null ? MfaConfiguration.OFF : configuration, types,
                MessageMapper.withMfaTexts(current.messages(), email));
    }

    /** The response of SetUserPoolMfaConfig and GetUserPoolMfaConfig. */
    static JsonOutput mfaConfig(PoolSettings settings) {
        return JsonOutput.object()
                .put(SOFTWARE_TOKEN, JsonOutput.object()
                        .put("Enabled", settings.mfaTypes().contains(MfaType.SOFTWARE_TOKEN_MFA)))
                .put(EMAIL, settings.mfaTypes().contains(MfaType.EMAIL_OTP)
                        ? MessageMapper.emailMfa(settings.messages()) : null)
                .put(MFA_CONFIGURATION, settings.mfaConfiguration().name());
    }
}
