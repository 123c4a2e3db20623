package io.gatehouse.userpool.api;

import io.gatehouse.userpool.ResourceScope;
import io.gatehouse.userpool.ResourceServer;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resource server and its scopes; tokens carry them as {@code <identifier>/<scope>}. */
@Schema(name = "ResourceServer")
public record ResourceServerView(
        @Schema(example = "https://api.demo.local") String identifier,
        String name,
        List<ResourceScope> scopes,
        @Schema(example = "[\"https://api.demo.local/read\"]") List<String> qualifiedScopes) {

    static ResourceServerView of(ResourceServer server) {
        return new ResourceServerView(server.identifier(), server.name(), server.scopes(), server.qualifiedScopes());
    }
}
