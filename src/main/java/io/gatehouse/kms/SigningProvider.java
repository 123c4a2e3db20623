package io.gatehouse.kms;

import com.nimbusds.jose.JWSSigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.Provider;
import java.util.Optional;
import org.conscrypt.Conscrypt;
import org.jboss.logging.Logger;

/**
 * The JCA provider token signers use, chosen once per node: Conscrypt when configured and its
 * native library loads, otherwise the JDK's providers. It is set on each signer's own
 * {@code JCAContext}, never registered JVM-wide, so TLS and everything else keep the JDK's
 * providers. Signatures are the same bytes whichever provider makes them (RS256 is deterministic),
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

    /** {@code signer}, set to sign with the chosen provider. */
    public <T extends JWSSigner> T apply(T signer) {
        if (provider != null) {
            signer.getJCAContext().setProvider(provider);
        }
        return signer;
    }

    /** The chosen provider's name ({@code Conscrypt}), or {@code JDK} for the JDK's default providers. */
    public String name() {
        return Optional.ofNullable(provider).map(Provider::getName).orElse("JDK");
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
