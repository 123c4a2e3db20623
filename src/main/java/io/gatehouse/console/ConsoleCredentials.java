package io.gatehouse.console;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.time.Duration;
import java.util.Objects;

/**
 * What a console sign-in presents: the root user's email, or an account (12-digit id or alias) and
 * an IAM user name; the password; the current code of the principal's MFA device when it has one;
 * and how long the session should last.
 */
public record ConsoleCredentials(String email, String account, String userName, String password, String mfaCode,
                                 Duration duration) {

    /** The default session length, AWS's one hour for role and root sessions. */
    public static final Duration DEFAULT_DURATION = Duration.ofHours(1);
    static final Duration MIN_DURATION = Duration.ofMinutes(15);
    static final Duration MAX_USER_DURATION = Duration.ofHours(12);
    static final Duration MAX_ROOT_DURATION = Duration.ofHours(1);

    public ConsoleCredentials {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(duration, "duration");
        if ((email == null) == (userName == null)) {
            throw invalid("Sign in either as the root user (email) or as an IAM user (account and userName)");
        }
        if (userName != null && account == null) {
            throw invalid("account (the 12-digit account id or its alias) is required with userName");
        }
        if (email != null && account != null) {
            throw invalid("The root user signs in with its email only");
        }
        Duration max = root(email) ? MAX_ROOT_DURATION : MAX_USER_DURATION;
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(max) > 0) {
            throw invalid("durationSeconds must be between " + MIN_DURATION.toSeconds() + " and " + max.toSeconds());
        }
        if (mfaCode != null && !mfaCode.matches("[0-9]{6}")) {
            throw invalid("mfaCode must be 6 digits");
        }
    }

    public boolean root() {
        return root(email);
    }

    private static boolean root(String email) {
        return email != null;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, message);
    }

    @Override
    public String toString() {
        return "ConsoleCredentials[" + (root() ? "root" : account + "/" + userName) + "]";
    }
}
