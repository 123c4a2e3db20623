package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.MessageTemplates;
import io.gatehouse.userpool.UserPoolError;
import java.util.List;
import java.util.Objects;

/**
 * Cognito's email message members ↔ the domain's {@link MessageTemplates}: the verification
 * message (VerificationMessageTemplate, or the legacy EmailVerificationSubject and
 * EmailVerificationMessage), the invitation (AdminCreateUserConfig.InviteMessageTemplate) and the
 * email MFA message (EmailMfaConfiguration of SetUserPoolMfaConfig). Gatehouse sends no SMS, so
 * SMS texts are ignored; only codes are sent, so DefaultEmailOption is CONFIRM_WITH_CODE.
 * Example: {@code "VerificationMessageTemplate": {"EmailSubject": "Welcome",
 * "EmailMessage": "Your code is {####}", "DefaultEmailOption": "CONFIRM_WITH_CODE"}}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerificationMessageTemplateType.html">VerificationMessageTemplateType</a>
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_MessageTemplateType.html">MessageTemplateType</a>
 */
final class MessageMapper {

    static final String VERIFICATION_TEMPLATE = "VerificationMessageTemplate";
    static final String EMAIL_VERIFICATION_SUBJECT = "EmailVerificationSubject";
    static final String EMAIL_VERIFICATION_MESSAGE = "EmailVerificationMessage";
    static final String INVITE_TEMPLATE = "InviteMessageTemplate";
    static final String EMAIL_SUBJECT = "EmailSubject";
    static final String EMAIL_MESSAGE = "EmailMessage";
    static final String CONFIRM_WITH_CODE = "CONFIRM_WITH_CODE";
    private static final String DEFAULT_EMAIL_OPTION = "DefaultEmailOption";
    private static final List<String> EMAIL_OPTIONS = List.of(CONFIRM_WITH_CODE, "CONFIRM_WITH_LINK");

    private MessageMapper() {
    }

    /**
     * The messages of CreateUserPool or UpdateUserPool. {@code adminCreateUserConfig} may be null;
     * the MFA texts are not members of these operations and are taken from {@code kept}.
     */
    static MessageTemplates templates(JsonInput in, JsonInput adminCreateUserConfig, MessageTemplates kept) {
        JsonInput template = in.object(VERIFICATION_TEMPLATE);
        if (template != null && !CONFIRM_WITH_CODE.equals(
                Objects.requireNonNullElse(template.oneOf(DEFAULT_EMAIL_OPTION, EMAIL_OPTIONS), CONFIRM_WITH_CODE))) {
            throw invalid("DefaultEmailOption CONFIRM_WITH_LINK is not supported: Gatehouse verifies with codes");
        }
        String subject = either(template == null ? null : template.string(EMAIL_SUBJECT),
                in.string(EMAIL_VERIFICATION_SUBJECT), EMAIL_VERIFICATION_SUBJECT);
        String message = either(template == null ? null : template.string(EMAIL_MESSAGE),
                in.string(EMAIL_VERIFICATION_MESSAGE), EMAIL_VERIFICATION_MESSAGE);
        JsonInput invite = adminCreateUserConfig == null ? null : adminCreateUserConfig.object(INVITE_TEMPLATE);
        return new MessageTemplates(subject, message,
                invite == null ? null : invite.string(EMAIL_SUBJECT), invite == null ? null : invite.string(EMAIL_MESSAGE),
                kept.mfaSubject(), kept.mfaMessage());
    }

    /** VerificationMessageTemplateType with the email texts in effect. */
    static JsonOutput verificationTemplate(MessageTemplates messages) {
        return JsonOutput.object().put(EMAIL_MESSAGE, messages.verificationMessage())
                .put(EMAIL_SUBJECT, messages.verificationSubject()).put(DEFAULT_EMAIL_OPTION, CONFIRM_WITH_CODE);
    }

    /** MessageTemplateType of AdminCreateUserConfig.InviteMessageTemplate. */
    static JsonOutput inviteTemplate(MessageTemplates messages) {
        return JsonOutput.object().put(EMAIL_MESSAGE, messages.invitationMessage())
                .put(EMAIL_SUBJECT, messages.invitationSubject());
    }

    /** The Subject and Message of an EmailMfaConfiguration, replacing {@code current}'s MFA texts. */
    static MessageTemplates withMfaTexts(MessageTemplates current, JsonInput emailMfa) {
        return new MessageTemplates(current.verificationSubject(), current.verificationMessage(),
                current.invitationSubject(), current.invitationMessage(),
                emailMfa == null ? null : emailMfa.string("Subject"), emailMfa == null ? null : emailMfa.string("Message"));
    }

    /** EmailMfaConfigType. */
    static JsonOutput emailMfa(MessageTemplates messages) {
        return JsonOutput.object().put("Message", messages.mfaMessage()).put("Subject", messages.mfaSubject());
    }

    /** The template's text, or the legacy member's; Cognito refuses the two when they differ. */
    private static String either(String fromTemplate, String legacy, String legacyMember) {
        if (fromTemplate != null && legacy != null && !fromTemplate.equals(legacy)) {
            throw invalid(legacyMember + " and " + VERIFICATION_TEMPLATE + " must not differ");
        }
        return fromTemplate != null ? fromTemplate : legacy;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
