package io.gatehouse.webidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A tiny external OpenID Connect issuer for tests: a JDK HTTP server on 127.0.0.1 (random port)
 * serving a discovery document and a key set that the test can rotate, and counting key-set
 * fetches. Signs tokens with its RSA or EC key.
 * <pre>{@code try (TestIssuer idp = TestIssuer.start()) { String t = idp.rsaToken("app", b -> {}); }}</pre>
 */
public final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private volatile RSAKey rsa;
    private volatile ECKey ec;

    private TestIssuer(HttpServer server) {
        this.server = server;
        rotate();
    }

    public static TestIssuer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestIssuer issuer = new TestIssuer(server);
            server.createContext("/.well-known/openid-configuration", ex -> issuer.send(ex,
                    "{\"issuer\":\"" + issuer.url() + "\",\"jwks_uri\":\"" + issuer.url() + "/jwks\"}"));
            server.createContext("/jwks", ex -> {
                issuer.jwksFetches.incrementAndGet();
                issuer.send(ex, new JWKSet(List.<JWK>of(issuer.rsa, issuer.ec)).toPublicJWKSet().toString());
            });
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the issuer ({@code iss}) of its tokens. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int jwksFetches() {
        return jwksFetches.get();
    }

    /** Replaces both keys by new ones with new key ids, as an issuer rotating its keys. */
    void rotate() {
        try {
            rsa = new RSAKeyGenerator(2048).keyID("rsa-" + UUID.randomUUID()).generate();
            ec = new ECKeyGenerator(Curve.P_256).keyID("ec-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAKey rsaKey() {
        return rsa;
    }

    /** An RS256 token for {@code audience}, valid for 10 minutes; {@code claims} may change anything. */
    public String rsaToken(String audience, Consumer<JWTClaimsSet.Builder> claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).type(JOSEObjectType.JWT).build(),
                audience, claims, true);
    }

    /** An ES256 token for {@code audience}, valid for 10 minutes. */
    String ecToken(String audience, Consumer<JWTClaimsSet.Builder> claims) {
        return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ec.getKeyID()).type(JOSEObjectType.JWT).build(),
                audience, claims, false);
    }

    /** An RS256 token signed with a fresh key under {@code kid} (a key the issuer never published). */
    String tokenWithUnknownKey(String kid, String audience) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(kid).generate();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                    claims(audience, b -> { }));
            jwt.sign(new RSASSASigner(stranger));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(JWSHeader header, String audience, Consumer<JWTClaimsSet.Builder> changes, boolean withRsa) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims(audience, changes));
            jwt.sign(withRsa ? new RSASSASigner(rsa) : new ECDSASigner(ec));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(String audience, Consumer<JWTClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(url()).subject("user-123").audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("amr", List.of("pwd"));
        changes.accept(builder);
        return builder.build();
    }

    private void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
