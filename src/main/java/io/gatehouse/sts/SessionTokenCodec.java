package io.gatehouse.sts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gatehouse.auth.OpenedSession;
import io.gatehouse.auth.SessionTokens;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.kms.SealedDataException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Session tokens as self-contained, authenticated-encrypted blobs: the {@link SessionClaims} as
 * JSON, sealed under the master key (AES-256-GCM envelope, bound to the context
 * {@code sts-session-token}), base64url-encoded behind a version prefix. Any node opens a token
 * without a database read; altering one byte makes it unreadable, and so does altering one
 * character: only the canonical encoding is accepted (the spare bits of the last base64 character
 * must be zero). A token does not outlive a master-key change.
 */
@ApplicationScoped
public class SessionTokenCodec implements SessionTokens {

    static final String PREFIX = "GHST1.";
    static final String CONTEXT = "sts-session-token";
    /** Larger than any token we issue (session policies are at most 2,048 characters each). */
    static final int MAX_TOKEN_CHARS = 32_768;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Recently opened sessions by token; bounded, least recently used first out. */
    public static final int MAX_OPENED = 4_096;

    private final EnvelopeCipher cipher;
    private final Map<String, OpenedSession> opened = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, OpenedSession> eldest) {
                    return size() > MAX_OPENED;
                }
            });
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public SessionTokenCodec(EnvelopeCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    String encode(SessionClaims claims) {
        try {
            byte[] sealed = cipher.seal(json.writeValueAsBytes(claims), CONTEXT);
            return PREFIX + ENCODER.encodeToString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Session claims could not be serialized", e);
        }
    }

    Optional<SessionClaims> decode(String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            String body = token.substring(PREFIX.length());
            byte[] sealed = Base64.getUrlDecoder().decode(body);
            if (!ENCODER.encodeToString(sealed).equals(body)) {
                return Optional.empty();
            }
            SessionClaims claims = json.readValue(cipher.open(sealed, CONTEXT), SessionClaims.class);
            return claims.version() == SessionClaims.CURRENT_VERSION ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException | SealedDataException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The session inside {@code sessionToken}. A client signs request after request with the same
     * token, so tokens that opened are kept (forged ones never enter): the decryption is paid once
     * per token and node. Expiry is still checked by the caller on every request; the cache is
     * derived data another node rebuilds by opening the token itself.
     */
    @Override
    public Optional<OpenedSession> open(String sessionToken) {
        if (sessionToken == null) {
            return Optional.empty();
        }
        OpenedSession known = opened.get(sessionToken);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<OpenedSession> session = decode(sessionToken).map(c -> new OpenedSession(c.accessKeyId(),
                c.secretAccessKey(), c.caller(), c.expiresAt()));
        session.ifPresent(s -> opened.put(sessionToken, s));
        return session;
    }
}
