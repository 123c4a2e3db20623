package io.gatehouse.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The pool and client settings records and the attribute rules: Cognito's defaults, bounds and refusals. */
class PoolSettingsTest {

    @Test
    void defaultWhenNothingSetThenCognitosDefaults() {
        PoolSettings settings = PoolSettings.DEFAULT;

        assertThat(settings.passwordPolicy()).isEqualTo(new PasswordPolicy(8, true, true, true, true, 7));
        assertThat(settings.mfaConfiguration()).isEqualTo(MfaConfiguration.OFF);
        assertThat(settings.mfaTypes()).containsExactly(MfaType.SOFTWARE_TOKEN_MFA);
        assertThat(settings.accountRecovery()).containsExactly(RecoveryMechanism.verified_email,
                RecoveryMechanism.verified_phone_number);
        assertThat(settings.adminCreateUserOnly()).isFalse();
        assertThat(settings.deletionProtection()).isFalse();
        assertThat(settings.messages().verificationMessage()).contains(MessageTemplates.CODE);
        assertThat(settings.mfaOffered(MfaType.SOFTWARE_TOKEN_MFA)).isFalse();
    }

    @Test
    void constructWhenUsernameAndAliasAttributesBothSetThenInvalid() {
        assertInvalid(() -> new PoolSettings(null, Set.of("email"), Set.of("preferred_username"), null, null, null,
                false, null, null, null, false, null, null));
        assertInvalid(() -> new PoolSettings(null, Set.of("preferred_username"), null, null, null, null, false, null,
                null, null, false, null, null));
        assertInvalid(() -> new PoolSettings(null, null, null, null, null, Set.of("name"), false, null, null, null,
                false, null, null));
    }

    @Test
    void constructWhenAdminOnlyCombinedOrCustomAttributeDuplicatedThenInvalid() {
        assertInvalid(() -> new PoolSettings(null, null, null, null, null, null, false, null, null,
                List.of(RecoveryMechanism.admin_only, RecoveryMechanism.verified_email), false, null, null));
        CustomAttribute tier = new CustomAttribute("tier", null, null, null, null, null, null);
        assertInvalid(() -> new PoolSettings(null, null, null, null, List.of(tier, tier), null, false, null, null, null,
                false, null, null));
    }

    @Test
    void checkWhenPasswordMissesAClassThenInvalidPasswordNamingIt() {
        PasswordPolicy policy = PasswordPolicy.DEFAULT;

        assertThatThrownBy(() -> policy.check("lower-case-1!")).hasMessageContaining("uppercase");
        assertThatThrownBy(() -> policy.check("UPPER-CASE-1!")).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> policy.check("No-Digits-Here!")).hasMessageContaining("numeric");
        assertThatThrownBy(() -> policy.check("NoSymbols123")).hasMessageContaining("symbol");
        assertThatThrownBy(() -> policy.check("Sh0rt!")).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(UserPoolError.INVALID_PASSWORD));
        new PasswordPolicy(6, false, false, false, false, 0).check("simple");
        assertInvalid(() -> new PasswordPolicy(5, true, true, true, true, 7));
        assertInvalid(() -> new PasswordPolicy(8, true, true, true, true, 366));
    }

    @Test
    void checkWhenCustomValueOutsideTypeOrBoundsThenInvalid() {
        CustomAttribute age = new CustomAttribute("age", CustomAttribute.AttributeType.Number, true, null, null,
                BigDecimal.ZERO, BigDecimal.valueOf(150));
        CustomAttribute vip = new CustomAttribute("vip", CustomAttribute.AttributeType.Boolean, true, null, null, null, null);
        CustomAttribute code = new CustomAttribute("code", null, null, 2, 4, null, null);

        age.check("42");
        vip.check("true");
        code.check("abc");
        assertInvalid(() -> age.check("151"));
        assertInvalid(() -> age.check("forty"));
        assertInvalid(() -> vip.check("yes"));
        assertInvalid(() -> code.check("abcde"));
        assertInvalid(() -> new CustomAttribute("custom:x", null, null, null, null, null, null));
        assertInvalid(() -> new CustomAttribute("x", null, null, 5, 2, null, null));
        assertThat(code.mutable()).isTrue();
    }

    @Test
    void messageTemplatesWhenCodePlaceholderMissingThenInvalid() {
        assertInvalid(() -> new MessageTemplates(null, "Welcome!", null, null, null, null));
        assertInvalid(() -> new MessageTemplates(null, null, null, "Code {####} only", null, null));
        assertThat(MessageTemplates.render("Hi {username}, use {####}", "ann", "123456")).isEqualTo("Hi ann, use 123456");
    }

    @Test
    void clientSettingsWhenDefaultThenSrpAndRefreshOnlyAndBoundsEnforced() {
        assertThat(ClientSettings.DEFAULT.explicitAuthFlows()).containsExactlyInAnyOrder(AuthFlow.USER_SRP_AUTH,
                AuthFlow.REFRESH_TOKEN_AUTH);
        assertThat(ClientSettings.DEFAULT.preventUserExistenceErrors()).isTrue();
        assertThat(ClientSettings.DEFAULT.canRead("custom:anything")).isTrue();
        assertInvalid(() -> new ClientSettings(null, null, null, null, null, 2));
        assertInvalid(() -> new ClientSettings(null, null, null, null, null, 16));
        assertThat(AuthFlow.parse("ALLOW_USER_SRP_AUTH")).isEqualTo(AuthFlow.USER_SRP_AUTH);
        assertThat(AuthFlow.parse("ADMIN_NO_SRP_AUTH")).isEqualTo(AuthFlow.ADMIN_USER_PASSWORD_AUTH);
        assertThat(AuthFlow.parse("REFRESH_TOKEN")).isEqualTo(AuthFlow.REFRESH_TOKEN_AUTH);
    }

    @Test
    void attributeRulesWhenUnknownImmutableOrUnwritableThenRefused() {
        CustomAttribute badge = new CustomAttribute("badge", null, false, null, null, null, null);
        PoolSettings settings = new PoolSettings(null, null, null, null, List.of(badge), null, false, null, null, null,
                false, null, null);

        assertThat(AttributeRules.forCreate(settings, Map.of("custom:badge", "gold", "email", "a@example.com")))
                .containsEntry("custom:badge", "gold");
        assertInvalid(() -> AttributeRules.forCreate(settings, Map.of("custom:undeclared", "x")));
        assertInvalid(() -> AttributeRules.forCreate(settings, Map.of("sub", "x")));
        assertInvalid(() -> AttributeRules.merge(settings, Map.of("custom:badge", "gold"), Map.of("custom:badge", "red")));
        ClientSettings limited = new ClientSettings(null, null, Set.of("name"), null, null, null);
        assertThatThrownBy(() -> AttributeRules.requireClientMayWrite(limited, Map.of("email", "x@example.com")))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(UserPoolError.NOT_AUTHORIZED));
        assertThatThrownBy(() -> AttributeRules.requireClientMayWrite(ClientSettings.DEFAULT,
                Map.of("email_verified", "true"))).isInstanceOf(GatehouseException.class);
        Map<String, String> deletion = new HashMap<>();
        deletion.put("name", null);
        assertThat(AttributeRules.merge(settings, Map.of("name", "Ann"), deletion)).doesNotContainKey("name");
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(UserPoolError.INVALID_PARAMETER));
    }
}
