package io.gatehouse.iam.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.api.RequestInput;

/**
 * A policy document in a request body: either the JSON object itself or a string holding it, as
 * the AWS APIs take it. A string is stored exactly as sent; an object as its compact JSON text.
 */
final class PolicyDocumentInput {

    private PolicyDocumentInput() {
    }

    static String text(JsonNode document, String field) {
        JsonNode value = RequestInput.field(document, field);
        return value.isTextual() ? value.textValue() : value.toString();
    }

    static String optionalText(JsonNode document) {
        return document == null || document.isNull() ? null : text(document, "document");
    }
}
