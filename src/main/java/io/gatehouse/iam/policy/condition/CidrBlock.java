package io.gatehouse.iam.policy.condition;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8::/32});
 * a bare address is a /32 or /128. Parsed by hand so that no name lookup can ever happen.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress">IP address condition operators</a>
 */
final class CidrBlock {

    private final boolean v6;
    private final long high;
    private final long low;
    private final int prefix;

    private CidrBlock(boolean v6, long high, long low, int prefix) {
        this.v6 = v6;
        this.prefix = prefix;
        this.high = high & mask(prefix, 0);
        this.low = low & mask(prefix, 64);
    }

    /** The block, or null when {@code text} is not an address or CIDR block. */
    static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        long[] bits = new long[2];
        boolean v6 = address.indexOf(':') >= 0;
        if (!(v6 ? parseV6(address, bits) : parseV4(address, bits))) {
            return null;
        }
        int max = v6 ? 128 : 32;
        int prefix = max;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            prefix = Integer.parseInt(digits);
            if (prefix > max) {
                return null;
            }
        }
        return new CidrBlock(v6, bits[0], bits[1], v6 ? prefix : prefix + 96);
    }

    /** True when {@code address} (a single address, same family) lies in this block. */
    boolean contains(CidrBlock address) {
        return address.v6 == v6 && (address.high & mask(prefix, 0)) == high && (address.low & mask(prefix, 64)) == low;
    }

    private static long mask(int prefix, int offset) {
        int bits = Math.max(0, Math.min(64, prefix - offset));
        return bits == 0 ? 0 : -1L << (64 - bits);
    }

    private static boolean parseV4(String address, long[] bits) {
        long value = 0;
        int octets = 0;
        int octet = -1;
        int digits = 0;
        for (int i = 0; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || octet > 255 || ++octets > 4) {
                    return false;
                }
                value = value << 8 | octet;
                octet = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                digits++;
            } else {
                return false;
            }
        }
        bits[0] = 0;
        bits[1] = value;
        return octets == 4;
    }

    private static boolean parseV6(String address, long[] bits) {
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int[] head = groups(gap < 0 ? address : address.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(address.substring(gap + 2));
        if (head == null || tail == null || head.length + tail.length > (gap < 0 ? 8 : 7)
                || gap < 0 && head.length != 8) {
            return false;
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        for (int i = 0; i < 8; i++) {
            bits[i / 4] = bits[i / 4] << 16 | all[i];
        }
        return true;
    }

    /** The 16-bit groups of a colon-separated run (an IPv4 tail counts as two), or null when malformed. */
    private static int[] groups(String run) {
        if (run.isEmpty()) {
            return new int[0];
        }
        String[] pieces = run.split(":", -1);
        int last = pieces.length - 1;
        boolean v4Tail = pieces[last].indexOf('.') >= 0;
        int[] groups = new int[pieces.length + (v4Tail ? 1 : 0)];
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == last && v4Tail) {
                long[] v4 = new long[2];
                if (!parseV4(piece, v4)) {
                    return null;
                }
                groups[i] = (int) (v4[1] >>> 16);
                groups[i + 1] = (int) (v4[1] & 0xFFFF);
            } else {
                if (piece.isEmpty() || piece.length() > 4) {
                    return null;
                }
                int value = 0;
                for (int j = 0; j < piece.length(); j++) {
                    int digit = Character.digit(piece.charAt(j), 16);
                    if (digit < 0) {
                        return null;
                    }
                    value = value << 4 | digit;
                }
                groups[i] = value;
            }
        }
        return groups;
    }
}
