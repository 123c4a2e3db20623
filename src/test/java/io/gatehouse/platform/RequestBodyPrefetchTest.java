package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** Which bodies are read on the I/O thread: small, declared lengths of methods that carry a body, sent without waiting. */
class RequestBodyPrefetchTest {

    @Test
    void worthReadingWhenSmallDeclaredBodyOfPostPutPatchThenTrue() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "120", null)).isTrue();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.PUT, "1", null)).isTrue();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.PATCH, String.valueOf(RequestBodyPrefetch.MAX_PREFETCH), null))
                .isTrue();
    }

    @Test
    void worthReadingWhenNoLengthOrEmptyOrLargeThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, null, null)).as("chunked").isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "0", null)).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, String.valueOf(RequestBodyPrefetch.MAX_PREFETCH + 1), null))
                .isFalse();
    }

    @Test
    void worthReadingWhenLengthMalformedThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "-5", null)).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "12a", null)).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "99999999999999999999", null)).isFalse();
    }

    @Test
    void worthReadingWhenClientWaitsForContinueThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.POST, "120", "100-continue")).isFalse();
    }

    @Test
    void worthReadingWhenMethodWithoutBodyThenFalse() {
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.GET, "10", null)).isFalse();
        assertThat(RequestBodyPrefetch.worthReading(HttpMethod.DELETE, "10", null)).isFalse();
    }
}
