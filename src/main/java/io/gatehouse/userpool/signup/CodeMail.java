package io.gatehouse.userpool.signup;

import io.gatehouse.mail.MailSender;
import io.gatehouse.mail.OutgoingMail;
import io.gatehouse.userpool.MessageTemplates;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.triggers.CustomMessageEvent;
import io.gatehouse.userpool.triggers.SignUpTriggers;
import io.gatehouse.userpool.triggers.TriggerInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * Writes the pool's messages ({@link MessageTemplates}: {@code {####}} is the code or temporary
 * password, {@code {username}} the name the user signs in with) and hands them to
 * {@link MailSender}, which follows the caller's transaction. The mail purpose is the code's purpose.
 * Before each mail the custom message trigger may replace the subject and text; its answer must
 * keep {@code {####}} (and {@code {username}} in the invitation), else InvalidLambdaResponseException.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html">Custom message Lambda trigger</a>
 */
@ApplicationScoped
public class CodeMail {

    static final String INVITATION = "user.invite";

    private final MailSender mail;
    private final SignUpTriggers triggers;

    public CodeMail(MailSender mail, SignUpTriggers triggers) {
        this.mail = Objects.requireNonNull(mail, "mail");
        this.triggers = Objects.requireNonNull(triggers, "triggers");
    }

    /** The verification message with {@code code} to the user's email; returns where it went. */
    public CodeDelivery sendCode(UserPool pool, PoolUser user, CodePurpose purpose, String code, MessageSource source) {
        MessageTemplates templates = pool.settings().messages();
        CustomMessageEvent.Result custom = custom(pool, user, source, false);
        String to = user.attribute(StandardAttributes.EMAIL);
        mail.send(new OutgoingMail(pool.accountId(), pool.id(), to,
                or(custom.emailSubject(), templates.verificationSubject()),
                MessageTemplates.render(or(custom.emailMessage(), templates.verificationMessage()), signInName(pool, user),
                        code), null, purpose.id()));
        return CodeDelivery.email(to);
    }

    /**
     * The email MFA message (the pool's MFA template, or the custom message trigger's
     * {@code CustomMessage_Authentication} answer) with a sign-in {@code code}; returns where it went.
     */
    public CodeDelivery sendSignInCode(UserPool pool, PoolUser user, String code, String clientId) {
        MessageTemplates templates = pool.settings().messages();
        CustomMessageEvent.Result custom = custom(pool, user,
                new MessageSource(CustomMessageEvent.AUTHENTICATION, clientId, TriggerInput.NONE), false);
        String to = user.attribute(StandardAttributes.EMAIL);
        mail.send(new OutgoingMail(pool.accountId(), pool.id(), to, or(custom.emailSubject(), templates.mfaSubject()),
                MessageTemplates.render(or(custom.emailMessage(), templates.mfaMessage()), signInName(pool, user), code),
                null, CodePurpose.MFA_EMAIL.id()));
        return CodeDelivery.email(to);
    }

    /** The invitation of AdminCreateUser with the temporary password to the user's email. */
    public CodeDelivery sendInvitation(UserPool pool, PoolUser user, String temporaryPassword, TriggerInput clientMetadata) {
        MessageTemplates templates = pool.settings().messages();
        CustomMessageEvent.Result custom = custom(pool, user,
                new MessageSource(CustomMessageEvent.ADMIN_CREATE_USER, null, clientMetadata), true);
        String to = user.attribute(StandardAttributes.EMAIL);
        mail.send(new OutgoingMail(pool.accountId(), pool.id(), to,
                or(custom.emailSubject(), templates.invitationSubject()),
                MessageTemplates.render(or(custom.emailMessage(), templates.invitationMessage()), signInName(pool, user),
                        temporaryPassword), null, INVITATION));
        return CodeDelivery.email(to);
    }

    private CustomMessageEvent.Result custom(UserPool pool, PoolUser user, MessageSource source, boolean invitation) {
        return triggers.customMessage(pool, source.triggerSource(), source.clientId(), user,
                source.clientMetadata().values(), invitation);
    }

    private static String or(String chosen, String template) {
        return chosen != null ? chosen : template;
    }

    /** In a pool that signs in with email instead of a username, the stored username is the sub: show the email. */
    private static String signInName(UserPool pool, PoolUser user) {
        if (pool.settings().usernameAttributes().contains(StandardAttributes.EMAIL)
                && user.attribute(StandardAttributes.EMAIL) != null) {
            return user.attribute(StandardAttributes.EMAIL);
        }
        return user.username();
    }
}
