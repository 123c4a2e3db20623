package io.gatehouse.platform;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads a small request body on the I/O thread before the request is handed to a worker. Quarkus
 * REST reads the body of a blocking endpoint on the worker, through a stream that parks the worker
 * until the I/O thread has the bytes: two thread switches per request, which were about a third of
 * an introspection's work. A body read here is kept on the routing context, where Quarkus REST
 * takes it from memory instead.
 *
 * <p>Only bodies that declare a length of at most {@link #MAX_PREFETCH} bytes are read: every form
 * post and AWS call of the protocols, never an upload, and never more than the declared length
 * (Vert.x closes a connection whose body runs past its {@code Content-Length}). Anything else
 * takes the ordinary streaming path and the size limits of its endpoint. Quarkus holds a request's
 * body paused until a handler is set through its request wrapper, which {@code body()} bypasses,
 * hence the explicit resume. HTTP/2 requests are left alone: Quarkus REST pauses every request it
 * starts, and an HTTP/2 stream whose body has ended refuses that. A client that sends
 * {@code Expect: 100-continue} waits for the endpoint's go-ahead before its body, so its request
 * is left alone too.
 */
@ApplicationScoped
public class RequestBodyPrefetch {

    static final long MAX_PREFETCH = 64 * 1024;

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(RequestBodyPrefetch::prefetch);
    }

    static void prefetch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() == HttpVersion.HTTP_2 || !worthReading(request.method(),
                request.getHeader(HttpHeaders.CONTENT_LENGTH), request.getHeader(HttpHeaders.EXPECT))) {
            context.next();
            return;
        }
        request.body().onComplete(read -> {
            if (read.succeeded()) {
                context.setBody(read.result());
                context.next();
            } else {
                context.fail(read.cause());
            }
        });
        request.resume();
    }

    /** A body of the declared size that the client sends without waiting for {@code 100 Continue}. */
    static boolean worthReading(HttpMethod method, String contentLength, String expect) {
        if (contentLength == null || expect != null || !(HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)
                || HttpMethod.PATCH.equals(method))) {
            return false;
        }
        try {
            long length = Long.parseLong(contentLength);
            return length > 0 && length <= MAX_PREFETCH;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
