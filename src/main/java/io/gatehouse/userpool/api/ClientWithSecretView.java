package io.gatehouse.userpool.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.gatehouse.userpool.CreatedClient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to creating a client or regenerating its secret: the client plus, for a
 * confidential client, {@code clientSecret}. The secret is shown only here; it is stored as a
 * hash and no other response carries it.
 */
@Schema(name = "ClientWithSecret")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientWithSecretView(
        @JsonUnwrapped ClientView client,
        @Schema(description = "Shown once; absent for a public client") String clientSecret) {

    static ClientWithSecretView of(CreatedClient created) {
        return new ClientWithSecretView(ClientView.of(created.client()), created.secret());
    }
}
