package io.gatehouse.mail;

import io.gatehouse.core.GatehouseException;
import java.util.regex.Pattern;

/**
 * One e-mail a user pool sends to one recipient: a verification or password-reset code, an
 * invitation, an e-mail OTP. The bodies hold one-time codes, so they are never logged; logs show
 * {@link #maskedRecipient()}, the pool and the {@code purpose} (e.g. {@code signup.confirm}).
 *
 * @param htmlBody optional HTML alternative of {@code textBody}; null for text only
 */
public record OutgoingMail(String accountId, String poolId, String to, String subject, String textBody,
                           String htmlBody, String purpose) {

    /** RFC 5321 section 4.5.3.1.3: a path is at most 256 octets including the angle brackets. */
    private static final int MAX_ADDRESS = 254;
    /** RFC 5322 section 2.1.1: a line is at most 998 characters. */
    private static final int MAX_SUBJECT = 998;
    /** One address and nothing that could add a recipient or a header: no spaces, commas, brackets or quotes. */
    private static final String ATOM = "[^\\s\\p{Cntrl}@<>,;:\"()\\[\\]\\\\]+";
    private static final Pattern ADDRESS = Pattern.compile(ATOM + "@" + ATOM);
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");
    private static final int MAX_PURPOSE = 64;

    public OutgoingMail {
        require(accountId, "accountId");
        require(poolId, "poolId");
        require(textBody, "textBody");
        require(subject, "subject");
        if (to == null || to.length() > MAX_ADDRESS || !ADDRESS.matcher(to).matches()) {
            throw invalid("Recipient is not a single valid e-mail address");
        }
        if (subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
            throw invalid("Subject must be one line of at most " + MAX_SUBJECT + " characters");
        }
        if (htmlBody != null && htmlBody.isBlank()) {
            throw invalid("htmlBody must be null or non-blank");
        }
        if (purpose == null || purpose.length() > MAX_PURPOSE || !PURPOSE.matcher(purpose).matches()) {
            throw invalid("Purpose must be lower-case words joined by '.', '-' or '_', e.g. signup.confirm");
        }
    }

    /** The recipient for logs: first character and domain, e.g. {@code a***@example.com}. */
    public String maskedRecipient() {
        return to.charAt(0) + "***" + to.substring(to.indexOf('@'));
    }

    /** Without subject and bodies, which may carry the code; safe to log. */
    @Override
    public String toString() {
        return "OutgoingMail[pool=" + poolId + ", purpose=" + purpose + ", to=" + maskedRecipient() + "]";
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw invalid("Missing " + name);
        }
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(MailError.INVALID_PARAMETER, message);
    }
}
