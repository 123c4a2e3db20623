package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** Which bodies are read on the I/O thread: small, declared lengths of methods that carry a body. */
class RequestBodyPrefetchTest {

    @Test
    void worthReadingWhenSmallDeclaredBodyOfPostPutPatchThenTrue() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "120")).isTrue();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.PUT, "1")).isTrue();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.PATCH, String.valueOf(RequestBodyPrefetch.MAX_PREFETCH)))
                .isTrue();
    }

    @Test
    void worthReadingWhenNoLengthOrEmptyOrLargeThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, null)).as("chunked").isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "0")).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, String.valueOf(RequestBodyPrefetch.MAX_PREFETCH + 1)))
                .isFalse();
    }

    @Test
    void worthReadingWhenLengthMalformedThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "-5")).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "12a")).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "99999999999999999999")).isFalse();
    }

    @Test
    void worthReadingWhenMethodWithoutBodyThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.GET, "10")).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.DELETE, "10")).isFalse();
    }
}
