package io.gatehouse.iam;

import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.RequestContext;
import java.util.Objects;

/** The engine's decision on one request together with the condition context it was made in. */
public record Evaluation(Decision decision, RequestContext context) {

    public Evaluation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(context, "context");
    }
}
