package io.gatehouse.userpool.triggers;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Gatehouse-Signature} header of a trigger call, Stripe-style:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}. The timestamp is
 * signed with the body so a receiver can refuse replays of old calls; {@link #verify} is the
 * receiver's side (used by tests, and the recipe in docs/triggers.md).
 * <pre>
 * X-Gatehouse-Signature: t=1767225600,v1=5f1c…e9a0
 * </pre>
 */
public final class TriggerSignature {

    public static final String HEADER = "X-Gatehouse-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private TriggerSignature() {
    }

    /** The header value for {@code body} sent at {@code epochSeconds}. */
    public static String header(String secret, long epochSeconds, byte[] body) {
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac(secret, epochSeconds, body));
    }

    /**
     * Whether {@code header} signs {@code body} with {@code secret} and its timestamp is within
     * {@code toleranceSeconds} of {@code nowEpochSeconds}; compared in constant time.
     */
    public static boolean verify(String header, String secret, byte[] body, long nowEpochSeconds, long toleranceSeconds) {
        if (header == null) {
            return false;
        }
        Long timestamp = null;
        byte[] presented = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return false;
            }
            try {
                if (kv[0].equals("t")) {
                    timestamp = Long.parseLong(kv[1]);
                } else if (kv[0].equals("v1")) {
                    presented = HexFormat.of().parseHex(kv[1]);
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return timestamp != null && presented != null && Math.abs(nowEpochSeconds - timestamp) <= toleranceSeconds
                && MessageDigest.isEqual(mac(secret, timestamp, body), presented);
    }

    private static byte[] mac(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
