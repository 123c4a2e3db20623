package io.gatehouse.userpool.signin;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import java.util.Map;

/** Names of AuthParameters, ChallengeParameters and ChallengeResponses, spelled as on the wire. */
public final class AuthParameters {

    public static final String USERNAME = "USERNAME";
    public static final String PASSWORD = "PASSWORD";
    public static final String SECRET_HASH = "SECRET_HASH";
    public static final String SRP_A = "SRP_A";
    public static final String SRP_B = "SRP_B";
    public static final String SALT = "SALT";
    public static final String SECRET_BLOCK = "SECRET_BLOCK";
    public static final String USER_ID_FOR_SRP = "USER_ID_FOR_SRP";
    public static final String PASSWORD_CLAIM_SECRET_BLOCK = "PASSWORD_CLAIM_SECRET_BLOCK";
    public static final String PASSWORD_CLAIM_SIGNATURE = "PASSWORD_CLAIM_SIGNATURE";
    public static final String TIMESTAMP = "TIMESTAMP";
    public static final String NEW_PASSWORD = "NEW_PASSWORD";
    public static final String USER_ATTRIBUTES_PREFIX = "userAttributes.";
    public static final String REQUIRED_ATTRIBUTES = "requiredAttributes";
    public static final String USER_ATTRIBUTES = "userAttributes";
    public static final String SOFTWARE_TOKEN_MFA_CODE = "SOFTWARE_TOKEN_MFA_CODE";
    public static final String EMAIL_OTP_CODE = "EMAIL_OTP_CODE";
    public static final String ANSWER = "ANSWER";
    public static final String MFAS_CAN_CHOOSE = "MFAS_CAN_CHOOSE";
    public static final String MFAS_CAN_SETUP = "MFAS_CAN_SETUP";
    public static final String REFRESH_TOKEN = "REFRESH_TOKEN";
    public static final String CODE_DELIVERY_DELIVERY_MEDIUM = "CODE_DELIVERY_DELIVERY_MEDIUM";
    public static final String CODE_DELIVERY_DESTINATION = "CODE_DELIVERY_DESTINATION";

    private static final int MAX_VALUE = 8192;

    private AuthParameters() {
    }

    /** A required parameter; missing, empty or oversized is InvalidParameterException naming it. */
    public static String require(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Missing required parameter " + name);
        }
        if (value.length() > MAX_VALUE) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, name + " is too long");
        }
        return value;
    }
}
