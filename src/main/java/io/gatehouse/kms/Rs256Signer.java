package io.gatehouse.kms;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;

/**
 * RS256 (RSASSA-PKCS1-v1_5 with SHA-256) over raw bytes with one private key. The key is held in
 * the provider's own form (for Conscrypt a native BoringSSL key), so a signature does not parse
 * or convert the key again; each call takes a fresh {@link Signature}, which is not thread-safe.
 */
public final class Rs256Signer {

    private static final String ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;
    private final Provider provider;

    Rs256Signer(PrivateKey key, Provider provider) {
        this.key = key;
        this.provider = provider;
    }

    public byte[] sign(byte[] input) {
        try {
            Signature signature = provider == null ? Signature.getInstance(ALGORITHM) : Signature.getInstance(ALGORITHM, provider);
            signature.initSign(key);
            signature.update(input);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }
}
