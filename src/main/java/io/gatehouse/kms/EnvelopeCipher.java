package io.gatehouse.kms;

import io.gatehouse.core.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of secrets at rest: each secret gets a fresh AES-256 data key, the data
 * key is wrapped under the master key, both with AES-256-GCM. The context (what the secret is,
 * e.g. {@code signing-key:<kid>}) is bound as associated data so a sealed blob cannot be moved
 * to another row.
 *
 * <p>Layout: {@code 0x01 | iv(12) | wrappedKey(48) | iv(12) | ciphertext+tag}.
 */
@ApplicationScoped
public class EnvelopeCipher {

    private static final byte VERSION = 1;
    private static final int IV = 12;
    private static final int WRAPPED = 32 + 16;
    private static final int TAG_BITS = 128;

    private final MasterKey masterKey;
    private final Ids ids;

    public EnvelopeCipher(MasterKey masterKey, Ids ids) {
        this.masterKey = masterKey;
        this.ids = ids;
    }

    public byte[] seal(byte[] plaintext, String context) {
        byte[] dataKey = ids.bytes(32);
        byte[] keyIv = ids.bytes(IV);
        byte[] dataIv = ids.bytes(IV);
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, masterKey.key(), keyIv, aad, dataKey);
        byte[] body = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), dataIv, aad, plaintext);
        return ByteBuffer.allocate(1 + IV + WRAPPED + IV + body.length)
                .put(VERSION).put(keyIv).put(wrapped).put(dataIv).put(body).array();
    }

    public byte[] open(byte[] sealed, String context) {
        if (sealed.length < 1 + IV + WRAPPED + IV + 16 || sealed[0] != VERSION) {
            throw new SealedDataException("Sealed data has an unknown format");
        }
        ByteBuffer in = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
        byte[] keyIv = take(in, IV);
        byte[] wrapped = take(in, WRAPPED);
        byte[] dataIv = take(in, IV);
        byte[] body = take(in, in.remaining());
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        byte[] dataKey = gcm(Cipher.DECRYPT_MODE, masterKey.key(), keyIv, aad, wrapped);
        return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), dataIv, aad, body);
    }

    public byte[] seal(String plaintext, String context) {
        return seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public String openString(byte[] sealed, String context) {
        return new String(open(sealed, context), StandardCharsets.UTF_8);
    }

    private static byte[] take(ByteBuffer in, int n) {
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new SealedDataException("Sealed data cannot be opened with this master key and context");
        }
    }
}
