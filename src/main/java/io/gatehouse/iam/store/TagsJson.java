package io.gatehouse.iam.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Tags as the jsonb object the IAM tables keep them in, for native inserts. */
final class TagsJson {

    private TagsJson() {
    }

    static String write(ObjectMapper mapper, Map<String, String> tags) {
        try {
            return mapper.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tags cannot be written as JSON", e);
        }
    }
}
