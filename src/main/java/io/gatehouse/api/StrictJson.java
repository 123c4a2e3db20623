package io.gatehouse.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * The JSON reader of native API request bodies, stricter than the application-wide mapper:
 * unknown fields, {@code null} for a primitive and trailing content are errors, so a typo in a
 * field name is a 400 instead of a silently ignored setting. Put it on an {@code api} resource class
 * with {@code @CustomDeserialization(StrictJson.class)}; the shared mapper stays lenient for the
 * AWS wire protocols, which must tolerate fields added by newer SDKs.
 */
public final class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
