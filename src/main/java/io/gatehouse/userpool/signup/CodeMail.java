package io.gatehouse.userpool.signup;

import io.gatehouse.mail.MailSender;
import io.gatehouse.mail.OutgoingMail;
import io.gatehouse.userpool.MessageTemplates;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * Writes the pool's messages ({@link MessageTemplates}: {@code {####}} is the code or temporary
 * password, {@code {username}} the name the user signs in with) and hands them to
 * {@link MailSender}, which follows the caller's transaction. The mail purpose is the code's purpose.
 */
@ApplicationScoped
public class CodeMail {

    static final String INVITATION = "user.invite";

    private final MailSender mail;

    public CodeMail(MailSender mail) {
        this.mail = Objects.requireNonNull(mail, "mail");
    }

    /** The verification message with {@code code} to the user's email; returns where it went. */
    public CodeDelivery sendCode(UserPool pool, PoolUser user, CodePurpose purpose, String code) {
        MessageTemplates templates = pool.settings().messages();
        String to = user.attribute(StandardAttributes.EMAIL);
        mail.send(new OutgoingMail(pool.accountId(), pool.id(), to, templates.verificationSubject(),
                MessageTemplates.render(templates.verificationMessage(), signInName(pool, user), code), null, purpose.id()));
        return CodeDelivery.email(to);
    }

    /** The email MFA message (the pool's MFA template) with a sign-in {@code code}; returns where it went. */
    public CodeDelivery sendSignInCode(UserPool pool, PoolUser user, String code) {
        MessageTemplates templates = pool.settings().messages();
        String to = user.attribute(StandardAttributes.EMAIL);
        mail.send(new OutgoingMail(pool.accountId(), pool.id(), to, templates.mfaSubject(),
                MessageTemplates.render(templates.mfaMessage(), signInName(pool, user), code), null,
                CodePurpose.MFA_EMAIL.id()));
        return CodeDelivery.email(to);
    }

    /** The invitation of AdminCreateUser with the temporary password to the user's email. */
    public CodeDelivery sendInvitation(UserPool pool, PoolUser user, String temporaryPassword) {
        MessageTemplates templates = pool.settings().messages();
        String to = user.attribute(StandardAttributes.EMAIL);
        mail.send(new OutgoingMail(pool.accountId(), pool.id(), to, templates.invitationSubject(),
                MessageTemplates.render(templates.invitationMessage(), signInName(pool, user), temporaryPassword), null,
                INVITATION));
        return CodeDelivery.email(to);
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
