package io.gatehouse.iam.api;

import io.gatehouse.iam.ManagedPolicy;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A managed policy; counts are those of the caller's account. */
@Schema(name = "ManagedPolicy")
public record PolicyView(
        @Schema(example = "ANPAEXAMPLE2345ABCDEF") String id,
        String name,
        String path,
        @Schema(example = "arn:aws:iam::000000000000:policy/ReadIam") String arn,
        String description,
        @Schema(example = "v1") String defaultVersionId,
        int attachmentCount,
        int permissionsBoundaryUsageCount,
        boolean isAttachable,
        @Schema(description = "True for Gatehouse-managed policies (arn:aws:iam::aws:policy/…), which cannot be changed")
        boolean awsManaged,
        Map<String, String> tags,
        Instant createdAt,
        Instant updatedAt) {

    static PolicyView of(ManagedPolicy p) {
        return new PolicyView(p.id(), p.name(), p.path(), p.arn(), p.description(), p.defaultVersionId(),
                p.attachmentCount(), p.boundaryUsageCount(), true, p.awsManaged(), new TreeMap<>(p.tags()),
                p.createdAt(), p.updatedAt());
    }
}
