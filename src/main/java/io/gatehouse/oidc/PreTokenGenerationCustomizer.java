package io.gatehouse.oidc;

import io.gatehouse.oidc.token.ClaimsCustomizer;
import io.gatehouse.oidc.token.ClaimsOverride;
import io.gatehouse.oidc.token.TokenOccasion;
import io.gatehouse.oidc.token.UserClaims;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.triggers.PreTokenGenerationEvent;
import io.gatehouse.userpool.triggers.TokenOverrides;
import io.gatehouse.userpool.triggers.TokenTriggers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link ClaimsCustomizer} of Gatehouse: the pool's pre token generation trigger. It lives in
 * {@code oidc} (which already depends on {@code userpool}) so the user-pool feature never
 * depends on the token issuers. A V1_0 trigger changes the ID token and the group claims; a
 * V2_0 trigger the access token and its scopes too.
 */
@ApplicationScoped
public class PreTokenGenerationCustomizer implements ClaimsCustomizer {

    private static final Map<TokenOccasion, String> SOURCES = Map.of(
            TokenOccasion.HOSTED_AUTH, PreTokenGenerationEvent.HOSTED_AUTH,
            TokenOccasion.AUTHENTICATION, PreTokenGenerationEvent.AUTHENTICATION,
            TokenOccasion.REFRESH_TOKENS, PreTokenGenerationEvent.REFRESH_TOKENS);

    private final TokenTriggers triggers;

    public PreTokenGenerationCustomizer(TokenTriggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public ClaimsOverride customize(AppClient client, UserClaims user, String scope, TokenOccasion occasion) {
        TokenOverrides.Groups issued = new TokenOverrides.Groups(user.groupNames(), user.roleArns(),
                user.preferredRole());
        TokenOverrides asked = triggers.preTokenGeneration(client.poolId(), SOURCES.get(occasion), client.clientId(),
                user.user(), issued, scopes(scope));
        if (asked == TokenOverrides.NONE) {
            return ClaimsOverride.NONE;
        }
        TokenOverrides.Groups groups = asked.groups();
        return new ClaimsOverride(edits(asked.idToken()), edits(asked.accessToken()),
                groups == null ? null : groups.groupsToOverride(),
                groups == null ? null : groups.iamRolesToOverride(),
                groups == null ? null : groups.preferredRole());
    }

    private static ClaimsOverride.Edits edits(TokenOverrides.Changes changes) {
        return new ClaimsOverride.Edits(changes.claimsToAddOrOverride(), changes.claimsToSuppress(),
                changes.scopesToAdd(), changes.scopesToSuppress());
    }

    static List<String> scopes(String scope) {
        return Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).toList();
    }
}
