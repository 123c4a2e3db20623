package io.gatehouse.iam.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body naming a managed policy, e.g. {@code {"policyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}}. */
@Schema(name = "PolicyArnRequest")
public record PolicyArnRequest(@Schema(example = "arn:aws:iam::aws:policy/ReadOnlyAccess") String policyArn) {
}
