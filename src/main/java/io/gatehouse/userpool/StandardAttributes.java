package io.gatehouse.userpool;

import java.util.Set;

/** The OpenID Connect standard claims Cognito keeps as user attributes, and the ones it manages itself. */
public final class StandardAttributes {

    public static final String SUB = "sub";
    public static final String EMAIL = "email";
    public static final String EMAIL_VERIFIED = "email_verified";
    public static final String PHONE_NUMBER = "phone_number";
    public static final String PHONE_NUMBER_VERIFIED = "phone_number_verified";
    public static final String PREFERRED_USERNAME = "preferred_username";

    /** Every standard attribute a user may carry. */
    public static final Set<String> ALL = Set.of("address", "birthdate", EMAIL, EMAIL_VERIFIED, "family_name", "gender",
            "given_name", "locale", "middle_name", "name", "nickname", PHONE_NUMBER, PHONE_NUMBER_VERIFIED, "picture",
            PREFERRED_USERNAME, "profile", "updated_at", "website", "zoneinfo");

    /** Attributes that can stand in for the username at sign-in (UsernameAttributes). */
    public static final Set<String> USERNAME_ATTRIBUTES = Set.of(EMAIL, PHONE_NUMBER);

    /** Attributes that can be aliases of the username (AliasAttributes). */
    public static final Set<String> ALIAS_ATTRIBUTES = Set.of(EMAIL, PHONE_NUMBER, PREFERRED_USERNAME);

    /** Attributes that are verified by a code (AutoVerifiedAttributes). */
    public static final Set<String> VERIFIABLE = Set.of(EMAIL, PHONE_NUMBER);

    private StandardAttributes() {
    }

    /** The {@code *_verified} flag that goes with a verifiable attribute. */
    public static String verifiedFlag(String attribute) {
        return attribute + "_verified";
    }
}
