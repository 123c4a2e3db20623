package io.gatehouse.sts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Temporary access key ids that carry their account, laid out as AWS lays out its own: after the
 * four-letter prefix ({@code ASIA}) come 16 base32 characters (RFC 4648 alphabet, 80 bits); of the
 * first 48 bits, bits 46 to 7 hold the 12-digit account id and the rest, like the last 32 bits, are
 * random. So GetAccessKeyInfo answers for a temporary key without its session token, on any node,
 * and the account of an AWS-issued key decodes the same way.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html">GetAccessKeyInfo</a>
 */
final class AccessKeyIds {

    static final String TEMPORARY_PREFIX = "ASIA";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final Pattern ENCODED = Pattern.compile("[A-Z]{4}[A-Z2-7]{16}");
    private static final long ACCOUNT_MASK = 0x7fff_ffff_ff80L;
    private static final int ACCOUNT_SHIFT = 7;
    private static final long MAX_ACCOUNT = 999_999_999_999L;

    private AccessKeyIds() {
    }

    /** A temporary key id for {@code accountId} (12 digits), filled with the 10 random bytes given. */
    static String temporary(String accountId, byte[] random) {
        if (random.length != 10 || !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("Needs a 12-digit account and 10 random bytes");
        }
        long head = 0;
        for (int i = 0; i < 6; i++) {
            head = (head << 8) | (random[i] & 0xff);
        }
        head = (head & ~ACCOUNT_MASK) | (Long.parseLong(accountId) << ACCOUNT_SHIFT);
        byte[] body = random.clone();
        for (int i = 5; i >= 0; i--) {
            body[i] = (byte) head;
            head >>>= 8;
        }
        return TEMPORARY_PREFIX + base32(body);
    }

    /** The account a key id of this layout names; empty when the id is not of it. */
    static Optional<String> account(String accessKeyId) {
        if (accessKeyId == null || !ENCODED.matcher(accessKeyId).matches()) {
            return Optional.empty();
        }
        long head = 0;
        String body = accessKeyId.substring(4, 14);
        for (char c : body.toCharArray()) {
            head = (head << 5) | ALPHABET.indexOf(c);
        }
        long account = (head >>> 2 & ACCOUNT_MASK) >>> ACCOUNT_SHIFT;
        return account > MAX_ACCOUNT ? Optional.empty() : Optional.of(String.format("%012d", account));
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }
}
