package io.gatehouse.realm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of everything an import's outcome depends on besides the database: the file's text, the
 * account a file without {@code accountId} applies to, and the Gatehouse version whose importer
 * reads it (a new version may read the same file differently, so it imports it once more).
 */
final class RealmDigest {

    private RealmDigest() {
    }

    static String of(String json, String defaultAccountId, String version) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        sha256.update((version + '\n' + defaultAccountId + '\n').getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest(json.getBytes(StandardCharsets.UTF_8)));
    }
}
