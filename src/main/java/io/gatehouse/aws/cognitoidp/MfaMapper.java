package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.userpool.signin.MfaPreferences;
import io.gatehouse.userpool.signin.UserMfa;

/**
 * Cognito's MFA preference shapes: {@code SoftwareTokenMfaSettings} / {@code EmailMfaSettings}
 * ({@code {"Enabled": true, "PreferredMfa": true}}) in, and {@code PreferredMfaSetting} /
 * {@code UserMFASettingList} out (GetUser, AdminGetUser).
 */
final class MfaMapper {

    private MfaMapper() {
    }

    /** The requested setting, or null when the member is absent (that factor stays as it is). */
    static MfaPreferences.Setting setting(JsonInput in, String member) {
        JsonInput settings = in.object(member);
        if (settings == null) {
            return null;
        }
        return new MfaPreferences.Setting(Boolean.TRUE.equals(settings.bool("Enabled")),
                Boolean.TRUE.equals(settings.bool("PreferredMfa")));
    }

    static void settings(JsonOutput out, UserMfa mfa) {
        if (mfa.preferred() != null) {
            out.put("PreferredMfaSetting", mfa.preferred().name());
        }
        out.strings("UserMFASettingList", MfaPreferences.enabledNames(mfa));
    }
}
