package io.gatehouse.oidc.web;

import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.gatehouse.testing.OidcFlows;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium drives the code flow on the hosted login page for demo-web: it fills the form
 * found by its labels, follows the redirect to a stub of the client's callback on port 8089, and
 * the test redeems the code and verifies the tokens' signatures against the pool's JWKS.
 */
@GatehouseTest
class LoginPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    private HttpServer callback;
    private final AtomicReference<String> posted = new AtomicReference<>();
    private ChromeDriverService service;
    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowserAndCallback() throws IOException {
        callback = HttpServer.create(new InetSocketAddress("localhost", 8089), 0);
        callback.createContext("/callback", this::answerCallback);
        callback.start();
        profile = Files.createTempDirectory("gatehouse-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1000,760", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowserAndCallback() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (callback != null) {
            callback.stop(0);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void signInWhenUserSubmitsHostedLoginPageThenTokensVerifyAgainstJwks() throws Exception {
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid email", pkce);

        driver.get(authorizeUrl(params));
        new WebDriverWait(driver, WAIT).until(d -> d.getTitle().startsWith("Sign in"));
        assertEquals("Sign in – demo", driver.getTitle());
        assertEquals("Username", driver.findElement(By.cssSelector("label[for=username]")).getText());
        assertEquals("Password", driver.findElement(By.cssSelector("label[for=password]")).getText());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), Path.of("/tmp/login.png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.findElement(By.id("username")).sendKeys(ALICE);
        driver.findElement(By.id("password")).sendKeys(ALICE_PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(DEMO_CALLBACK));

        Map<String, String> reply = OidcFlows.queryParameters(URI.create(driver.getCurrentUrl()));
        assertEquals(params.get("state"), reply.get("state"));
        Map<String, Object> tokens = OidcFlows.exchange(new OidcFlows.Authorization(DEMO_POOL, DEMO_WEB,
                DEMO_CALLBACK, reply.get("code"), reply.get("state"), params.get("nonce"), pkce.verifier(), reply));
        String issuer = OidcWebAssertions.issuer();
        assertEquals(issuer, reply.get("iss"));
        JWTClaimsSet id = verify((String) tokens.get("id_token"), DEMO_WEB,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").claim("nonce", params.get("nonce")).build());
        JWTClaimsSet access = verify((String) tokens.get("access_token"), null,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "access").claim("client_id", DEMO_WEB).build());
        assertEquals("alice", id.getStringClaim("cognito:username"));
        assertEquals(id.getSubject(), access.getSubject());
    }

    @Test
    void signInWhenSsoAndFormPostThenBrowserPostsCodeWithoutPassword() throws Exception {
        driver.get(authorizeUrl(OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", OidcFlows.pkce())));
        new WebDriverWait(driver, WAIT).until(d -> d.getTitle().startsWith("Sign in"));
        driver.findElement(By.id("username")).sendKeys(ALICE);
        driver.findElement(By.id("password")).sendKeys(ALICE_PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(DEMO_CALLBACK));
        OidcFlows.Pkce pkce = OidcFlows.pkce();
        Map<String, String> params = OidcFlows.authorizeParameters(DEMO_WEB, DEMO_CALLBACK, "openid", pkce);
        params.put("response_mode", "form_post");

        driver.get(authorizeUrl(params));
        new WebDriverWait(driver, WAIT).until(d -> posted.get() != null);

        Map<String, String> form = OidcFlows.formParameters(posted.get());
        assertEquals(Set.of("code", "state", "iss"), form.keySet());
        assertEquals(params.get("state"), form.get("state"));
        Map<String, Object> tokens = OidcFlows.exchange(new OidcFlows.Authorization(DEMO_POOL, DEMO_WEB,
                DEMO_CALLBACK, form.get("code"), form.get("state"), params.get("nonce"), pkce.verifier(), form));
        assertNotNull(tokens.get("id_token"));
    }

    @Test
    void signInWhenTemporaryPasswordAndMfaRequiredThenNewPasswordAndAuthenticatorPagesLeadToCallback() {
        String pool = AppFixtures.pool(Map.of("mfaConfiguration", "ON"));
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, DEMO_CALLBACK);
        String username = PoolFixtures.unique("browser");
        SignedRequests.root().post("/api/v1/user-pools/" + pool + "/users", Map.of("username", username,
                "password", "Temp-Passw0rd!", "permanent", false)).then().statusCode(201);
        Map<String, String> params = OidcFlows.authorizeParameters(web.clientId(), DEMO_CALLBACK, "openid",
                OidcFlows.pkce());

        driver.get(base.toString().replaceAll("/$", "") + "/" + pool + "/oauth2/authorize?"
                + AuthorizationResponder.withQuery("", params).substring(1));
        new WebDriverWait(driver, WAIT).until(d -> d.getTitle().startsWith("Sign in"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Temp-Passw0rd!");
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getTitle().startsWith("Choose a new password"));
        assertEquals("New password", driver.findElement(By.cssSelector("label[for=new_password]")).getText());
        driver.findElement(By.id("new_password")).sendKeys("Final-Passw0rd!");
        driver.findElement(By.id("continue")).click();
        new WebDriverWait(driver, WAIT).withMessage(this::page).until(d -> d.getTitle().startsWith("Set up your authenticator"));
        String secret = driver.findElement(By.id("secret")).getAttribute("value");
        driver.findElement(By.id("code")).sendKeys(new AuthenticatorApp(secret).code());
        driver.findElement(By.id("continue")).click();
        new WebDriverWait(driver, WAIT).withMessage(this::page).until(d -> d.getCurrentUrl().startsWith(DEMO_CALLBACK));

        Map<String, String> reply = OidcFlows.queryParameters(URI.create(driver.getCurrentUrl()));
        assertEquals(params.get("state"), reply.get("state"));
        assertNotNull(reply.get("code"));
    }

    /** Where the browser is, for a failed wait's message. */
    private String page() {
        return driver.getTitle() + " at " + driver.getCurrentUrl() + ": "
                + driver.findElement(By.tagName("main")).getText();
    }

    private JWTClaimsSet verify(String jwt, String audience, JWTClaimsSet exact) throws Exception {
        String jwks = given().get("/" + DEMO_POOL + "/.well-known/jwks.json").then().statusCode(200).extract().asString();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience, exact, Set.of("sub", "exp", "iat")));
        JWTClaimsSet claims = processor.process(jwt, null);
        assertTrue(claims.getExpirationTime().toInstant().isAfter(Instant.now()));
        return claims;
    }

    private String authorizeUrl(Map<String, String> params) {
        return base.toString().replaceAll("/$", "") + "/" + DEMO_POOL + "/oauth2/authorize?"
                + AuthorizationResponder.withQuery("", params).substring(1);
    }

    private void answerCallback(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            posted.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        byte[] page = "<!DOCTYPE html><title>Callback</title><p>Signed in.</p>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        exchange.getResponseBody().write(page);
        exchange.close();
    }
}
