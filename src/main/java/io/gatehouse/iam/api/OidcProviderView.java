package io.gatehouse.iam.api;

import io.gatehouse.iam.OidcProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An IAM OIDC provider. {@code clientIds} are all the audiences it accepts (for a user pool's
 * provider, the pool's app clients too); {@code userPoolId} names that pool, null otherwise.
 */
@Schema(name = "OidcProvider")
public record OidcProviderView(
        @Schema(example = "arn:aws:iam::000000000000:oidc-provider/token.example.com") String arn,
        @Schema(example = "https://token.example.com") String url,
        List<String> clientIds,
        List<String> thumbprints,
        Map<String, String> tags,
        String userPoolId,
        Instant createdAt) {

    static OidcProviderView of(OidcProvider provider, Set<String> audiences) {
        return new OidcProviderView(provider.arn(), provider.url(), List.copyOf(audiences), provider.thumbprints(),
                new TreeMap<>(provider.tags()), provider.userPoolId(), provider.createdAt());
    }
}
