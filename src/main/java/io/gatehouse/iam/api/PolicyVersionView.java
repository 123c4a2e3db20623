package io.gatehouse.iam.api;

import io.gatehouse.iam.PolicyVersion;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a managed policy, with its document as stored. */
@Schema(name = "PolicyVersion")
public record PolicyVersionView(@Schema(example = "v2") String versionId, String document, boolean isDefault,
                                Instant createdAt) {

    static PolicyVersionView of(PolicyVersion v) {
        return new PolicyVersionView(v.versionId(), v.document(), v.isDefault(), v.createdAt());
    }
}
