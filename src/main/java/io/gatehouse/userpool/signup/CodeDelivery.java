package io.gatehouse.userpool.signup;

import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.userpool.StandardAttributes;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a code went, as Cognito's CodeDeliveryDetailsType tells the app: the masked destination
 * ({@code a***@e***.com}), the medium and the attribute. Gatehouse delivers by e-mail only.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CodeDeliveryDetailsType.html">CodeDeliveryDetailsType</a>
 */
public record CodeDelivery(String destination, String deliveryMedium, String attributeName) {

    public static final String EMAIL = "EMAIL";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    public CodeDelivery {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(deliveryMedium, "deliveryMedium");
        Objects.requireNonNull(attributeName, "attributeName");
    }

    /** A code sent to this e-mail address. */
    public static CodeDelivery email(String address) {
        return new CodeDelivery(mask(address), EMAIL, StandardAttributes.EMAIL);
    }

    /**
     * The answer for a user who does not exist (or cannot receive a code) when the client prevents
     * user existence errors: shaped like a real delivery and the same for every request naming the
     * same user, so it tells nothing. A name that is an e-mail address is masked as if the code went there.
     */
    public static CodeDelivery simulated(String poolId, String username) {
        String name = username == null ? "" : username;
        if (ADDRESS.matcher(name).matches()) {
            return email(name);
        }
        byte[] seed = SecretDigest.sha256((poolId + "\n" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new CodeDelivery(letter(seed[0]) + "***@" + letter(seed[1]) + "***.com", EMAIL, StandardAttributes.EMAIL);
    }

    /** {@code alice@example.com} → {@code a***@e***.com}: first characters of the local part and domain, then the top-level domain. */
    static String mask(String address) {
        int at = address.lastIndexOf('@');
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String tld = dot > 0 ? domain.substring(dot) : "";
        return address.charAt(0) + "***@" + domain.charAt(0) + "***" + tld;
    }

    private static char letter(byte b) {
        return LETTERS.charAt(Math.floorMod(b, LETTERS.length()));
    }
}
