package io.gatehouse.oidc.web;

import java.util.List;
import java.util.Map;

/**
 * A hosted challenge form as submitted: transaction id, CSRF token, the sign-in session and its
 * challenge, and the answer fields. A field that is absent, empty or repeated reads as null.
 */
record ChallengeForm(String transaction, String csrfToken, String session, String challenge, String newPassword,
                     String code, String mfaType) {

    static ChallengeForm parse(Map<String, List<String>> form) {
        return new ChallengeForm(single(form, AuthorizeEndpoint.TRANSACTION), single(form, LoginForm.CSRF_TOKEN),
                single(form, "session"), single(form, "challenge"), single(form, "new_password"),
                single(form, "code"), single(form, "mfa_type"));
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.size() != 1 || values.get(0).isEmpty() ? null : values.get(0);
    }
}
