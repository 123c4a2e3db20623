package io.gatehouse.appauth;

/**
 * A new authenticator-app secret: the Base32 {@code secretCode} (AssociateSoftwareToken's
 * SecretCode) and the {@code otpauth://} URI of the same secret that a QR code carries.
 *
 * @see <a href="https://github.com/google/google-authenticator/wiki/Key-Uri-Format">Key Uri Format</a>
 */
public record TotpSecret(String secretCode, String otpauthUri) {
}
