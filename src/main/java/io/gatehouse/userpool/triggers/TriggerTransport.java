package io.gatehouse.userpool.triggers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One POST to a trigger URL within a deadline that covers connecting, the response headers and
 * the body, with no redirects followed and the body cut off at a size limit. It knows nothing of
 * events or signatures: {@link TriggerInvoker} does.
 */
final class TriggerTransport {

    private final HttpClient client;
    private final int maxResponseBytes;

    TriggerTransport(Duration connectTimeout, int maxResponseBytes) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
        this.maxResponseBytes = maxResponseBytes;
    }

    /** A response: its status and body (at most the size limit). */
    record Reply(int status, byte[] body) {
    }

    /** Why a call produced no usable reply. */
    static final class CallFailed extends Exception {
        private final boolean tooLarge;

        CallFailed(String reason, boolean tooLarge) {
            super(reason);
            this.tooLarge = tooLarge;
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }

    Reply post(URI url, Map<String, String> headers, byte[] body, Duration timeout) throws CallFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request.build(), info -> new Limited(maxResponseBytes));
        try {
            HttpResponse<byte[]> response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Reply(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new CallFailed("Socket timeout exception", false);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new CallFailed("Interrupted", false);
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof TooLarge) {
                throw new CallFailed("Response too large", true);
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new CallFailed("Socket timeout exception", false);
            }
            throw new CallFailed(cause instanceof IOException ? "Connection failure" : "Call failure", false);
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("Response body exceeds the limit");
        }
    }

    /** Collects the body, cancelling the stream once it passes {@code limit} bytes. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Limited(int limit) {
            this.limit = limit;
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (out.size() + item.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
