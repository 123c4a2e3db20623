package io.gatehouse.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client half of Cognito's USER_SRP_AUTH: a line-by-line port of {@code AuthenticationHelper}
 * and {@code DateHelper} of amazon-cognito-identity-js 6.x, kept independent of
 * {@code io.gatehouse.userpool.signin.srp} (its own constants, string {@code padHex}, HKDF and
 * timestamp) so the server is tested against the client's arithmetic and not its own. One
 * instance is one sign-in attempt, as in the SDK.
 * <pre>{@code
 * CognitoSrpClient srp = new CognitoSrpClient(poolId);
 * // InitiateAuth: AuthParameters SRP_A = srp.srpA()
 * PasswordClaim claim = srp.claim(USER_ID_FOR_SRP, password, SRP_B, SALT, SECRET_BLOCK, Instant.now());
 * // RespondToAuthChallenge: PASSWORD_CLAIM_SIGNATURE = claim.signature(), TIMESTAMP = claim.timestamp()
 * }</pre>
 */
public final class CognitoSrpClient {

    /** PASSWORD_CLAIM_SIGNATURE and the TIMESTAMP it signs. */
    public record PasswordClaim(String signature, String timestamp) {
    }

    private static final String INIT_N = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1"
            + "29024E088A67CC74020BBEA63B139B22514A08798E3404DD"
            + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
            + "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D"
            + "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
            + "83655D23DCA3AD961C62F356208552BB9ED529077096966D"
            + "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
            + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9"
            + "DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
            + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
            + "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
            + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B"
            + "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
            + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";
    private static final Pattern HEX_MSB_REGEX = Pattern.compile("^[89a-f]", Pattern.CASE_INSENSITIVE);
    private static final String[] MONTH_NAMES =
        {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] WEEK_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

    private final BigInteger n = new BigInteger(INIT_N, 16);
    private final BigInteger g = new BigInteger("2", 16);
    private final BigInteger k = new BigInteger(hexHash(padHex(n) + padHex(g)), 16);
    private final byte[] infoBits = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);
    private final String poolName;
    private final BigInteger smallAValue;
    private final BigInteger largeAValue;

    /** A client for the pool {@code region_id} with a fresh random a. */
    public CognitoSrpClient(String userPoolId) {
        this(userPoolId, generateRandomSmallA());
    }

    /** A client with a given a, for the known-answer vectors. */
    CognitoSrpClient(String userPoolId, BigInteger smallAValue) {
        this.poolName = userPoolId.split("_")[1];
        this.smallAValue = smallAValue;
        this.largeAValue = calculateA(smallAValue);
    }

    /** SRP_A: A in hex, as {@code largeAValue.toString(16)}. */
    public String srpA() {
        return largeAValue.toString(16);
    }

    /** What {@code CognitoUser.authenticateUser} sends in answer to the PASSWORD_VERIFIER challenge. */
    public PasswordClaim claim(String userIdForSrp, String password, String srpBHex, String saltHex,
                               String secretBlockB64, Instant now) {
        byte[] hkdf = passwordAuthenticationKey(userIdForSrp, password, new BigInteger(srpBHex, 16),
                new BigInteger(saltHex, 16));
        String dateNow = getNowString(now);
        byte[] message = concat(utf8(poolName), utf8(userIdForSrp), Base64.getDecoder().decode(secretBlockB64),
                utf8(dateNow));
        return new PasswordClaim(Base64.getEncoder().encodeToString(hmacSha256(hkdf, message)), dateNow);
    }

    /** {@code getPasswordAuthenticationKey}: the 16-byte HKDF key. */
    byte[] passwordAuthenticationKey(String username, String password, BigInteger serverBValue, BigInteger salt) {
        if (serverBValue.mod(n).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException("B cannot be zero.");
        }
        BigInteger uValue = calculateU(largeAValue, serverBValue);
        if (uValue.equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException("U cannot be zero.");
        }
        String usernamePassword = poolName + username + ":" + password;
        String usernamePasswordHash = hash(utf8(usernamePassword));
        BigInteger xValue = new BigInteger(hexHash(padHex(salt) + usernamePasswordHash), 16);
        BigInteger sValue = calculateS(xValue, serverBValue, uValue);
        return computehkdf(HexFormat.of().parseHex(padHex(sValue)), HexFormat.of().parseHex(padHex(uValue)));
    }

    private static BigInteger generateRandomSmallA() {
        byte[] random = new byte[128];
        new SecureRandom().nextBytes(random);
        return new BigInteger(HexFormat.of().formatHex(random), 16);
    }

    private BigInteger calculateA(BigInteger a) {
        BigInteger largeA = g.modPow(a, n);
        if (largeA.mod(n).equals(BigInteger.ZERO)) {
            throw new IllegalArgumentException("Illegal paramater. A mod N cannot be 0.");
        }
        return largeA;
    }

    private BigInteger calculateU(BigInteger a, BigInteger b) {
        return new BigInteger(hexHash(padHex(a) + padHex(b)), 16);
    }

    private BigInteger calculateS(BigInteger xValue, BigInteger serverBValue, BigInteger uValue) {
        BigInteger gModPowXN = g.modPow(xValue, n);
        BigInteger intValue2 = serverBValue.subtract(k.multiply(gModPowXN));
        return intValue2.modPow(smallAValue.add(uValue.multiply(xValue)), n).mod(n);
    }

    private byte[] computehkdf(byte[] ikm, byte[] salt) {
        byte[] infoBitsUpdate = concat(infoBits, new byte[] {1});
        byte[] prk = hmacSha256(salt, ikm);
        return Arrays.copyOf(hmacSha256(prk, infoBitsUpdate), 16);
    }

    /** {@code padHex}: even length, and a leading {@code 00} when the first nibble has its top bit set. */
    static String padHex(BigInteger bigInt) {
        if (bigInt.signum() < 0) {
            throw new IllegalArgumentException("SRP values are never negative");
        }
        String hexStr = bigInt.toString(16);
        hexStr = hexStr.length() % 2 != 0 ? "0" + hexStr : hexStr;
        return HEX_MSB_REGEX.matcher(hexStr).find() ? "00" + hexStr : hexStr;
    }

    /** {@code DateHelper.getNowString}: "Mon Jan 5 09:03:07 UTC 2026". */
    static String getNowString(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        String weekDay = WEEK_NAMES[utc.getDayOfWeek().getValue() % 7];
        String month = MONTH_NAMES[utc.getMonthValue() - 1];
        int day = utc.getDayOfMonth();
        return weekDay + " " + month + " " + day + " " + twoDigits(utc.getHour()) + ":" + twoDigits(utc.getMinute())
                + ":" + twoDigits(utc.getSecond()) + " UTC " + utc.getYear();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** {@code hash}: SHA-256 in hex, 64 digits. */
    private static String hash(byte[] buf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buf));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hexHash(String hexStr) {
        return hash(HexFormat.of().parseHex(hexStr));
    }

    private static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
