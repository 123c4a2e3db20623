package io.gatehouse.oidc.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimsEditorTest {

    private static final JWTClaimsSet ISSUED = new JWTClaimsSet.Builder().issuer("https://id.example/us-east-1_X")
            .subject("sub-1").audience("client").claim("token_use", "id").claim("cognito:username", "alice")
            .claim("email", "alice@example.com").claim("cognito:groups", List.of("admins"))
            .claim("cognito:roles", List.of("arn:aws:iam::000000000000:role/A")).build();

    @Test
    void applyWhenAddAndSuppressThenClaimsChanged() {
        JWTClaimsSet out = ClaimsEditor.apply(ISSUED, edits(Map.of("tier", "gold"), Set.of("email")),
                ClaimsOverride.NONE, true);

        assertThat(out.getClaim("tier")).isEqualTo("gold");
        assertThat(out.getClaims()).doesNotContainKey("email");
    }

    @Test
    void applyWhenNothingChangesThenClaimsUnchanged() {
        assertThat(ClaimsEditor.apply(ISSUED, ClaimsOverride.Edits.NONE, ClaimsOverride.NONE, true)).isSameAs(ISSUED);
        assertThat(ClaimsEditor.apply(ISSUED, ClaimsOverride.Edits.NONE, ClaimsOverride.NONE, false)).isSameAs(ISSUED);
    }

    @Test
    void applyWhenOnlyIdTokenGroupClaimsOverriddenThenAccessTokenUnchanged() {
        ClaimsOverride roles = new ClaimsOverride(null, null, null, List.of(), "arn:aws:iam::0:role/B");

        assertThat(ClaimsEditor.apply(ISSUED, ClaimsOverride.Edits.NONE, roles, false)).isSameAs(ISSUED);
        assertThat(ClaimsEditor.apply(ISSUED, ClaimsOverride.Edits.NONE, roles, true).getClaims())
                .doesNotContainKey("cognito:roles").containsEntry("cognito:preferred_role", "arn:aws:iam::0:role/B");
    }

    @Test
    void applyWhenProtectedClaimsThenIgnored() {
        JWTClaimsSet out = ClaimsEditor.apply(ISSUED, edits(Map.of("iss", "https://evil", "sub", "root",
                "aud", "other", "token_use", "access", "cognito:username", "root", "cognito:groups", "x"),
                Set.of("exp", "iss", "sub", "cognito:username")), ClaimsOverride.NONE, true);

        assertThat(out.getIssuer()).isEqualTo("https://id.example/us-east-1_X");
        assertThat(out.getSubject()).isEqualTo("sub-1");
        assertThat(out.getAudience()).containsExactly("client");
        assertThat(out.getClaim("token_use")).isEqualTo("id");
        assertThat(out.getClaim("cognito:username")).isEqualTo("alice");
        assertThat(out.getClaim("cognito:groups")).isEqualTo(List.of("admins"));
    }

    @Test
    void applyWhenClaimBothAddedAndSuppressedThenSuppressed() {
        JWTClaimsSet out = ClaimsEditor.apply(ISSUED, edits(Map.of("email", "x@example.com"), Set.of("email")),
                ClaimsOverride.NONE, true);

        assertThat(out.getClaims()).doesNotContainKey("email");
    }

    @Test
    void applyWhenGroupOverrideThenGroupClaimsReplacedOrRemoved() {
        ClaimsOverride override = new ClaimsOverride(null, null, List.of("beta", "testers"), List.of(), "arn:aws:iam::0:role/B");

        JWTClaimsSet id = ClaimsEditor.apply(ISSUED, ClaimsOverride.Edits.NONE, override, true);
        JWTClaimsSet access = ClaimsEditor.apply(ISSUED, ClaimsOverride.Edits.NONE, override, false);

        assertThat(id.getClaim("cognito:groups")).isEqualTo(List.of("beta", "testers"));
        assertThat(id.getClaims()).doesNotContainKey("cognito:roles");
        assertThat(id.getClaim("cognito:preferred_role")).isEqualTo("arn:aws:iam::0:role/B");
        assertThat(access.getClaim("cognito:groups")).isEqualTo(List.of("beta", "testers"));
        assertThat(access.getClaims()).doesNotContainKey("cognito:preferred_role");
    }

    @Test
    void scopeWhenAddAndSuppressThenOrderKeptWithoutDuplicates() {
        ClaimsOverride.Edits edits = new ClaimsOverride.Edits(Map.of(), Set.of(), List.of("api/read", "openid"),
                List.of("aws.cognito.signin.user.admin"));

        assertThat(ClaimsEditor.scope("openid email aws.cognito.signin.user.admin", edits))
                .isEqualTo("openid email api/read");
    }

    private static ClaimsOverride.Edits edits(Map<String, Object> add, Set<String> suppress) {
        return new ClaimsOverride.Edits(add, suppress, List.of(), List.of());
    }
}
