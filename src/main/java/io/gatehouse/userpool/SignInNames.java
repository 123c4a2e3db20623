package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the name a user signs in with: their username, or, where the pool allows it, their
 * email or phone number (UsernameAttributes) or a verified alias (AliasAttributes). Emails
 * compare case-insensitively, as Cognito does.
 */
@ApplicationScoped
public class SignInNames {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");

    private final UserStore users;

    public SignInNames(UserStore users) {
        this.users = users;
    }

    /** The user this sign-in name designates in the pool, if any. */
    public Optional<PoolUser> find(UserPool pool, String name) {
        if (name == null || name.isEmpty() || name.length() > 256) {
            return Optional.empty();
        }
        Optional<PoolUser> byUsername = users.findByUsername(pool.id(), name);
        if (byUsername.isPresent()) {
            return byUsername;
        }
        PoolSettings settings = pool.settings();
        for (String attribute : new String[] {StandardAttributes.EMAIL, StandardAttributes.PHONE_NUMBER,
            StandardAttributes.PREFERRED_USERNAME}) {
            if (settings.signsInWith(attribute) && matchesShape(attribute, name)) {
                boolean alias = settings.aliasAttributes().contains(attribute);
                Optional<PoolUser> found = users.findByAttribute(pool.id(), attribute, name).stream()
                        .filter(u -> !alias || verified(u, attribute)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Which username attribute a new user's name is, in a pool with UsernameAttributes. */
    static String attributeOf(PoolSettings settings, String username) {
        if (settings.usernameAttributes().contains(StandardAttributes.EMAIL) && looksLikeEmail(username)) {
            return StandardAttributes.EMAIL;
        }
        if (settings.usernameAttributes().contains(StandardAttributes.PHONE_NUMBER) && PHONE.matcher(username).matches()) {
            return StandardAttributes.PHONE_NUMBER;
        }
        throw new GatehouseException(UserPoolError.INVALID_PARAMETER,
                "Username should be " + String.join(" or ", settings.usernameAttributes().stream().sorted().toList()));
    }

    static boolean looksLikeEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    private static boolean matchesShape(String attribute, String name) {
        return switch (attribute) {
            case StandardAttributes.EMAIL -> looksLikeEmail(name);
            case StandardAttributes.PHONE_NUMBER -> PHONE.matcher(name).matches();
            default -> true;
        };
    }

    /** preferred_username has no verified flag: as an alias it counts once set. */
    private static boolean verified(PoolUser user, String attribute) {
        return StandardAttributes.PREFERRED_USERNAME.equals(attribute)
                || "true".equals(user.attribute(StandardAttributes.verifiedFlag(attribute)));
    }
}
