package io.gatehouse.kms;

import io.gatehouse.core.Ids;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * The root of envelope encryption: every data key is wrapped under this AES-256 key. It comes
 * from {@code GATEHOUSE_MASTER_KEY}, or is generated once into the data directory (mode 0600).
 */
@ApplicationScoped
public class MasterKey {

    private static final Logger LOG = Logger.getLogger(MasterKey.class);
    private static final String FILE_NAME = "master.key";

    private final SecretKey key;

    public MasterKey(PlatformConfig config, Ids ids) {
        byte[] raw = config.masterKey()
                .map(MasterKey::decode)
                .orElseGet(() -> loadOrGenerate(Path.of(config.dataDir()).resolve(FILE_NAME), ids));
        this.key = new SecretKeySpec(raw, "AES");
    }

    SecretKey key() {
        return key;
    }

    private static byte[] decode(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("GATEHOUSE_MASTER_KEY is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("GATEHOUSE_MASTER_KEY must be base64 of exactly 32 bytes");
        }
        return raw;
    }

    private static byte[] loadOrGenerate(Path file, Ids ids) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            Files.createDirectories(file.getParent());
            byte[] raw = ids.bytes(32);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
            LOG.warnf("*** No GATEHOUSE_MASTER_KEY set: generated a master key in %s. Back it up: without it "
                    + "no stored secret can be decrypted. Set GATEHOUSE_MASTER_KEY in production. ***", file);
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }
}
