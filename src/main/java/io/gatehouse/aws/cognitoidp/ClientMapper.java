package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.ClientSettings;
import io.gatehouse.userpool.ClientSpec;
import io.gatehouse.userpool.UserPoolError;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cognito's app client shapes ↔ the domain's {@link ClientSpec}, {@link ClientSettings} and
 * {@link AppClient}. AllowedOAuthFlows {@code code} and {@code client_credentials} are the grant
 * types {@code authorization_code} and {@code client_credentials}; refresh tokens are allowed (the
 * {@code refresh_token} grant) when ExplicitAuthFlows is absent, as Cognito enables
 * ALLOW_REFRESH_TOKEN_AUTH by default, or names it. ALLOW_CUSTOM_AUTH, CUSTOM_AUTH_FLOW_ONLY and
 * ALLOW_USER_AUTH are refused: Gatehouse has no custom-challenge or choice-based sign-in. Token validities are read in their
 * TokenValidityUnits (Cognito's defaults: hours, hours, days) and written in the largest unit that
 * expresses them exactly.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html">UserPoolClientType</a>
 */
final class ClientMapper {

    static final String CLIENT_NAME = "ClientName";
    private static final String EXPLICIT_AUTH_FLOWS = "ExplicitAuthFlows";
    private static final String ALLOW = "ALLOW_";
    private static final String ENABLED = "ENABLED";
    private static final List<String> EXISTENCE_ERRORS = List.of(ENABLED, "LEGACY");
    /** Cognito's ExplicitAuthFlowsType; the legacy names are those without the ALLOW_ prefix. */
    private static final List<String> FLOW_NAMES = List.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
            "USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH");
    /** Flows Gatehouse has no sign-in for yet: custom challenges (Lambda triggers) and choice-based sign-in. */
    private static final Set<String> UNSUPPORTED_FLOWS = Set.of("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
            "ALLOW_USER_AUTH");
    private static final Map<String, String> FLOW_TO_GRANT = Map.of(
            "code", AppClient.AUTHORIZATION_CODE, "client_credentials", AppClient.CLIENT_CREDENTIALS);
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "seconds", ChronoUnit.SECONDS, "minutes", ChronoUnit.MINUTES, "hours", ChronoUnit.HOURS, "days", ChronoUnit.DAYS);
    private static final List<String> UNITS_LARGEST_FIRST = List.of("days", "hours", "minutes", "seconds");

    private ClientMapper() {
    }

    /** The settings of CreateUserPoolClient or UpdateUserPoolClient; {@code jwks} is kept from the domain. */
    static ClientSpec spec(JsonInput in, String name, String jwks) {
        JsonInput units = in.object("TokenValidityUnits");
        ClientSettings settings = settings(in);
        return new ClientSpec(name, grantTypes(in, settings), orEmpty(in.strings("AllowedOAuthScopes")),
                orEmpty(in.strings("CallbackURLs")), orEmpty(in.strings("LogoutURLs")),
                seconds(in.longValue("AccessTokenValidity"), unit(units, "AccessToken", "hours")),
                seconds(in.longValue("IdTokenValidity"), unit(units, "IdToken", "hours")),
                seconds(in.longValue("RefreshTokenValidity"), unit(units, "RefreshToken", "days")),
                jwks, settings);
    }

    /** ExplicitAuthFlows, ReadAttributes, WriteAttributes, PreventUserExistenceErrors, EnableTokenRevocation, AuthSessionValidity. */
    static ClientSettings settings(JsonInput in) {
        String existence = in.oneOf("PreventUserExistenceErrors", EXISTENCE_ERRORS);
        return new ClientSettings(explicitAuthFlows(in), set(in.strings("ReadAttributes")),
                set(in.strings("WriteAttributes")), existence == null ? null : ENABLED.equals(existence),
                in.bool("EnableTokenRevocation"), in.integer("AuthSessionValidity"));
    }

    /** UserPoolClientType; {@code secret} is the confidential client's readable secret, or null. */
    static JsonOutput clientType(AppClient client, String secret) {
        boolean oauth = client.allowsGrant(AppClient.AUTHORIZATION_CODE) || client.allowsGrant(AppClient.CLIENT_CREDENTIALS);
        List<String> flows = FLOW_TO_GRANT.entrySet().stream().filter(e -> client.allowsGrant(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        String accessUnit = unitOf(client.accessTokenValidity());
        String idUnit = unitOf(client.idTokenValidity());
        String refreshUnit = unitOf(client.refreshTokenValidity());
        ClientSettings settings = client.settings();
        return JsonOutput.object()
                .put(Members.USER_POOL_ID, client.poolId())
                .put(CLIENT_NAME, client.name())
                .put(Members.CLIENT_ID, client.clientId())
                .put("ClientSecret", secret)
                .put("LastModifiedDate", client.updatedAt())
                .put("CreationDate", client.createdAt())
                .put("RefreshTokenValidity", amount(client.refreshTokenValidity(), refreshUnit))
                .put("AccessTokenValidity", amount(client.accessTokenValidity(), accessUnit))
                .put("IdTokenValidity", amount(client.idTokenValidity(), idUnit))
                .put("TokenValidityUnits", JsonOutput.object().put("AccessToken", accessUnit)
                        .put("IdToken", idUnit).put("RefreshToken", refreshUnit))
                .strings(EXPLICIT_AUTH_FLOWS, settings.explicitAuthFlows().stream().map(AuthFlow::explicitName).sorted().toList())
                .strings("ReadAttributes", sortedOrNull(settings.readAttributes()))
                .strings("WriteAttributes", sortedOrNull(settings.writeAttributes()))
                .strings("CallbackURLs", client.callbackUrls().isEmpty() ? null : client.callbackUrls())
                .strings("LogoutURLs", client.logoutUrls().isEmpty() ? null : client.logoutUrls())
                .strings("AllowedOAuthFlows", flows.isEmpty() ? null : flows)
                .strings("AllowedOAuthScopes", client.scopes().isEmpty() ? null : client.scopes())
                .put("AllowedOAuthFlowsUserPoolClient", oauth)
                .put("PreventUserExistenceErrors", settings.preventUserExistenceErrors() ? ENABLED : "LEGACY")
                .put("EnableTokenRevocation", settings.enableTokenRevocation())
                .put("AuthSessionValidity", settings.authSessionValidityMinutes());
    }

    /** UserPoolClientDescription, the ListUserPoolClients entry. */
    static JsonOutput description(AppClient client) {
        return JsonOutput.object().put(Members.CLIENT_ID, client.clientId())
                .put(Members.USER_POOL_ID, client.poolId()).put(CLIENT_NAME, client.name());
    }

    /** AllowedOAuthFlows as grant types, plus refresh_token where ALLOW_REFRESH_TOKEN_AUTH is on (never for client_credentials). */
    private static Set<String> grantTypes(JsonInput in, ClientSettings settings) {
        Set<String> grants = new LinkedHashSet<>();
        for (String flow : orEmpty(in.strings("AllowedOAuthFlows"))) {
            String grant = FLOW_TO_GRANT.get(flow);
            if (grant == null) {
                throw invalid("AllowedOAuthFlows: unsupported flow '" + flow + "' (supported: code, client_credentials)");
            }
            grants.add(grant);
        }
        if (settings.allows(AuthFlow.REFRESH_TOKEN_AUTH) && !grants.contains(AppClient.CLIENT_CREDENTIALS)) {
            grants.add(AppClient.REFRESH_TOKEN);
        }
        return grants;
    }

    /**
     * ExplicitAuthFlows, null when absent or empty (the domain's defaults). As in Cognito, the
     * legacy names (ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH) cannot be mixed with ALLOW_ names, and
     * with them SRP and refresh-token sign-in stay allowed.
     */
    private static Set<AuthFlow> explicitAuthFlows(JsonInput in) {
        List<String> names = in.strings(EXPLICIT_AUTH_FLOWS);
        if (names == null || names.isEmpty()) {
            return null;
        }
        for (String name : names) {
            if (!FLOW_NAMES.contains(name)) {
                throw invalid("1 validation error detected: Value '" + name + "' at 'explicitAuthFlows' failed to "
                        + "satisfy constraint: Member must satisfy enum value set: " + FLOW_NAMES);
            }
            if (UNSUPPORTED_FLOWS.contains(name)) {
                throw invalid("ExplicitAuthFlows " + name + " is not supported by Gatehouse");
            }
        }
        boolean legacy = names.stream().anyMatch(n -> !n.startsWith(ALLOW));
        if (legacy && names.stream().anyMatch(n -> n.startsWith(ALLOW))) {
            throw invalid("ExplicitAuthFlows cannot mix legacy values with values that begin with ALLOW_");
        }
        Set<AuthFlow> flows = names.stream().map(AuthFlow::parse).collect(Collectors.toCollection(LinkedHashSet::new));
        if (legacy) {
            flows.add(AuthFlow.USER_SRP_AUTH);
            flows.add(AuthFlow.REFRESH_TOKEN_AUTH);
        }
        return flows;
    }

    private static Set<String> set(List<String> values) {
        return values == null ? null : new LinkedHashSet<>(values);
    }

    private static List<String> sortedOrNull(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().toList();
    }

    private static String unit(JsonInput units, String member, String fallback) {
        String unit = units == null ? null : units.string(member);
        if (unit == null) {
            return fallback;
        }
        if (!UNITS.containsKey(unit)) {
            throw invalid("TokenValidityUnits." + member + " must be seconds, minutes, hours or days");
        }
        return unit;
    }

    private static Long seconds(Long amount, String unit) {
        if (amount == null) {
            return null;
        }
        if (amount < 0 || amount > 315_360_000L) {
            throw invalid("Token validity out of range: " + amount + " " + unit);
        }
        return UNITS.get(unit).getDuration().multipliedBy(amount).toSeconds();
    }

    private static String unitOf(Duration validity) {
        for (String unit : UNITS_LARGEST_FIRST) {
            long unitSeconds = UNITS.get(unit).getDuration().toSeconds();
            if (validity.toSeconds() % unitSeconds == 0) {
                return unit;
            }
        }
        return "seconds";
    }

    private static Long amount(Duration validity, String unit) {
        return validity.toSeconds() / UNITS.get(unit).getDuration().toSeconds();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
