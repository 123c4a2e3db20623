package io.gatehouse.iam.api;

import io.gatehouse.iam.InlinePolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inline policy: its name and document as stored. */
@Schema(name = "InlinePolicy")
public record InlinePolicyView(@Schema(example = "Deploy") String name, String document) {

    static InlinePolicyView of(InlinePolicy policy) {
        return new InlinePolicyView(policy.policyName(), policy.document());
    }
}
