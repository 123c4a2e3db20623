package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;

/**
 * Per-pool email texts. As in Cognito, {@code {####}} stands for the code and {@code {username}}
 * for the user name; verification and MFA messages must contain {@code {####}}, the invitation
 * both placeholders. Null parts take Cognito's default texts.
 */
public record MessageTemplates(
        String verificationSubject,
        String verificationMessage,
        String invitationSubject,
        String invitationMessage,
        String mfaSubject,
        String mfaMessage) {

    public static final String CODE = "{####}";
    public static final String USERNAME = "{username}";
    public static final MessageTemplates DEFAULT = new MessageTemplates(null, null, null, null, null, null);
    private static final int MAX_MESSAGE = 20_000;
    private static final int MAX_SUBJECT = 140;

    public MessageTemplates {
        verificationSubject = subject(verificationSubject, "Your verification code");
        verificationMessage = message(verificationMessage, "Your verification code is {####}.", true, false);
        invitationSubject = subject(invitationSubject, "Your temporary password");
        invitationMessage = message(invitationMessage, "Your username is {username} and temporary password is {####}.",
                true, true);
        mfaSubject = subject(mfaSubject, "Your sign-in code");
        mfaMessage = message(mfaMessage, "Your sign-in code is {####}.", true, false);
    }

    /** The text with its placeholders filled in. */
    public static String render(String template, String username, String code) {
        return template.replace(USERNAME, username).replace(CODE, code);
    }

    private static String subject(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isBlank() || value.length() > MAX_SUBJECT) {
            throw invalid("Email subjects are 1 to " + MAX_SUBJECT + " characters");
        }
        return value;
    }

    private static String message(String value, String fallback, boolean needsCode, boolean needsUsername) {
        if (value == null) {
            return fallback;
        }
        if (value.length() > MAX_MESSAGE || needsCode && !value.contains(CODE)
                || needsUsername && !value.contains(USERNAME)) {
            throw invalid("Email messages are at most " + MAX_MESSAGE + " characters and must contain " + CODE
                    + (needsUsername ? " and " + USERNAME : ""));
        }
        return value;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
