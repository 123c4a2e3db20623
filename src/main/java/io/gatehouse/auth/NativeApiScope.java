package io.gatehouse.auth;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides whether a request belongs to the native REST API under {@code /api/v1}. It looks at
 * the path template of the resource method the request was routed to, so that encodings the
 * router normalizes ({@code /%61pi/v1}, {@code /x/../api/v1}, matrix parameters) cannot route
 * around authentication, and, as a second opinion, at the request path itself. A request routed
 * to a resource method marked {@link Unsigned} (on the method or its class) is not covered: the
 * exemption follows the routed method only, so no path can borrow it.
 *
 * <p>The routed method's part of the answer is worked out once per resource method and kept
 * (the set of resource methods is fixed at build time): every request, most of them not to the
 * native API, asks this question, and joining and normalizing the templates each time cost more
 * than the rest of the filter's "does not apply" answer.
 */
final class NativeApiScope {

    static final String API_ROOT = "/api/v1";
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    /** What a routed resource method alone says about coverage. */
    private enum Routing { API, UNSIGNED, OTHER }

    private record RoutedMethod(Class<?> resourceClass, Method method) {
    }

    private final Map<RoutedMethod, Routing> routings = new ConcurrentHashMap<>();

    /** True when the routed resource or any of the given forms of the request path is under the root. */
    boolean covers(ResourceInfo resource, String... requestPaths) {
        Routing routing = routing(resource);
        if (routing != Routing.OTHER) {
            return routing == Routing.API;
        }
        return anyUnderRoot(requestPaths);
    }

    private Routing routing(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> resourceClass = resource == null ? null : resource.getResourceClass();
        if (method == null || resourceClass == null) {
            return routingOf(resource);
        }
        return routings.computeIfAbsent(new RoutedMethod(resourceClass, method), k -> routingOf(resource));
    }

    /** What the routed method alone says, worked out from its annotations. */
    private static Routing routingOf(ResourceInfo resource) {
        if (routedToUnsigned(resource)) {
            return Routing.UNSIGNED;
        }
        return isUnderRoot(template(resource)) ? Routing.API : Routing.OTHER;
    }

    private static boolean anyUnderRoot(String... requestPaths) {
        for (String path : requestPaths) {
            if (isUnderRoot(path)) {
                return true;
            }
        }
        return false;
    }

    /** True only when the request was routed to a method that is, or whose class is, {@link Unsigned}. */
    static boolean routedToUnsigned(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> resourceClass = resource == null ? null : resource.getResourceClass();
        if (method == null || resourceClass == null) {
            return false;
        }
        return method.isAnnotationPresent(Unsigned.class) || resourceClass.isAnnotationPresent(Unsigned.class);
    }

    /** {@code /api/v1/user-pools/{id}} from the class and method {@code @Path}s; empty when unknown. */
    static String template(ResourceInfo resource) {
        Class<?> resourceClass = resource == null ? null : resource.getResourceClass();
        Method method = resource == null ? null : resource.getResourceMethod();
        Path classPath = resourceClass == null ? null : resourceClass.getAnnotation(Path.class);
        Path methodPath = method == null ? null : method.getAnnotation(Path.class);
        String joined = "/" + (classPath == null ? "" : classPath.value())
                + "/" + (methodPath == null ? "" : methodPath.value());
        return REPEATED_SLASHES.matcher(joined).replaceAll("/");
    }

    static boolean isUnderRoot(String path) {
        if (path == null) {
            return false;
        }
        String absolute = path.startsWith("/") ? path : "/" + path;
        return absolute.equals(API_ROOT) || absolute.startsWith(API_ROOT + "/");
    }
}
