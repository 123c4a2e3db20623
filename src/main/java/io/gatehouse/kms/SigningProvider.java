package io.gatehouse.kms;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;
import org.conscrypt.Conscrypt;
import org.jboss.logging.Logger;

/**
 * The JCA provider token signers use, chosen once per node: Conscrypt when configured and its
 * native library loads, otherwise the JDK's providers. It is passed to each signer explicitly,
 * never registered JVM-wide, so TLS and everything else keep the JDK's providers. Signatures are the same bytes whichever provider makes them (RS256 is deterministic),
 * so nodes may differ.
 */
@ApplicationScoped
public class SigningProvider {

    private static final Logger LOG = Logger.getLogger(SigningProvider.class);

    private final Provider provider;

    public SigningProvider(SigningConfig config) {
        this.provider = config.signatureProvider() == SigningConfig.SignatureProvider.CONSCRYPT ? conscrypt() : null;
        LOG.infof("Tokens are signed with the %s provider", name());
    }

    /**
     * An RS256 signer for this PKCS#8 RSA private key. The key is decoded by the chosen provider
     * once, here: given a JDK key, Conscrypt re-encodes and parses it into a native key on every
     * signature, which made a token cost 1.6 to 2.4 ms of CPU instead of 0.85 ms (the raw
     * signature alone: 0.9 ms).
     */
    public Rs256Signer rs256(byte[] pkcs8) throws GeneralSecurityException {
        KeyFactory factory = provider == null ? KeyFactory.getInstance("RSA") : KeyFactory.getInstance("RSA", provider);
        return new Rs256Signer(factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)), provider);
    }

    /**
     * This RSA public key in the chosen provider's own form, for verifiers that keep it: with
     * Conscrypt a native key, so a verification neither converts the key again nor runs the
     * JDK's BigInteger arithmetic (together about half of an introspection's JWT check).
     */
    public RSAPublicKey rsaPublicKey(RSAPublicKey key) throws GeneralSecurityException {
        if (provider == null) {
            return key;
        }
        return (RSAPublicKey) KeyFactory.getInstance("RSA", provider)
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }

    /** The chosen provider, or empty for the JDK's default providers. */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /** The chosen provider's name ({@code Conscrypt}), or {@code JDK} for the JDK's default providers. */
    public String name() {
        return provider().map(Provider::getName).orElse("JDK");
    }

    /**
     * Conscrypt, or null when it cannot load here: its native library ships for the common
     * platforms only, and a missing or incompatible one surfaces as a linkage error rather than
     * an exception, which is why any throwable means "use the JDK".
     */
    private static Provider conscrypt() {
        try {
            return Conscrypt.newProvider();
        } catch (Throwable e) {
            LOG.warnf("Conscrypt could not be loaded (%s); signing with the JDK's provider", e.toString());
            return null;
        }
    }
}
