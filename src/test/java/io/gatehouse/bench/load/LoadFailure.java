package io.gatehouse.bench.load;

import java.net.http.HttpResponse;

/**
 * An answer that is not the one the scenario expects. Its message names the status and the error
 * code the server gave, never a body that could hold a token.
 */
public final class LoadFailure extends Exception {

    public LoadFailure(String message) {
        super(message, null, false, false);
    }

    /** A failure for an unexpected status, with the protocol's error code when the body has one. */
    public static LoadFailure unexpected(String step, HttpResponse<String> response) {
        return new LoadFailure(step + ": HTTP " + response.statusCode() + errorCode(response.body()));
    }

    private static String errorCode(String body) {
        if (body == null) {
            return "";
        }
        for (String field : new String[] {"\"error\"", "\"__type\"", "<Code>"}) {
            int at = body.indexOf(field);
            if (at >= 0) {
                int end = Math.min(body.length(), at + field.length() + 60);
                return " " + body.substring(at, end).replaceAll("[\\r\\n]", " ");
            }
        }
        return "";
    }
}
