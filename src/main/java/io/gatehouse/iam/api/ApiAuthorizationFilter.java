package io.gatehouse.iam.api;

import io.gatehouse.api.ProblemWriter;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.AuthorizeVariables;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.AccessDeniedException;
import io.gatehouse.iam.AuthorizationRequest;
import io.gatehouse.iam.Authorizer;
import io.gatehouse.platform.PlatformConfig;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authorizes every authenticated native REST request by the policy engine, after the
 * authentication filter has set the caller: the routed method's {@link Authorize} names the action
 * and the resource ARN template, filled from the request's path parameters (see {@link #fill}). A request with a
 * caller routed to a method that declares no action is refused (fail closed); a denial ends the
 * request with a 403 problem carrying AWS's message and the encoded authorization message. A method
 * declared {@link Authorize#byMethod()} authorizes itself (or needs no permission) and is let through.
 */
public class ApiAuthorizationFilter {

    private static final Logger LOG = Logger.getLogger(ApiAuthorizationFilter.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final CallerContext callers;
    private final Authorizer authorizer;
    private final ProblemWriter problems;
    private final PlatformConfig platform;

    public ApiAuthorizationFilter(CallerContext callers, Authorizer authorizer, ProblemWriter problems,
                                  PlatformConfig platform) {
        this.callers = Objects.requireNonNull(callers, "callers");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** Returns null to let an authorized request through, or the problem response that ends it. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Response authorize(ContainerRequestContext request, ResourceInfo resource) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return null;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        Authorize declared = method == null ? null : method.getAnnotation(Authorize.class);
        if (declared == null) {
            LOG.errorf("Signed request to %s has no @Authorize action; refused", method);
            return problems.write(403, "This operation declares no IAM action and cannot be authorized");
        }
        if (declared.byMethod()) {
            return null;
        }
        Map<String, String> variables = variables(resource.getResourceClass());
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        String action = fill(declared.action(), caller.get(), variables, path);
        String arn = fill(declared.resource(), caller.get(), variables, path);
        try {
            authorizer.authorize(AuthorizationRequest.of(caller.get(), action, arn));
            return null;
        } catch (AccessDeniedException denied) {
            return problems.writeDenied(denied.code(), denied.getMessage(), denied.encodedMessage());
        }
    }

    /**
     * The template with its placeholders filled: {@code {account}}, {@code {region}},
     * {@code {caller}} (the caller's own ARN), the resource class's {@link AuthorizeVariables}, and
     * path parameters.
     */
    String fill(String template, Caller caller, Map<String, String> variables,
                MultivaluedMap<String, String> pathParameters) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String value = switch (name) {
                case "account" -> caller.accountId();
                case "region" -> platform.region();
                case "caller" -> caller.principalArn();
                default -> variables.containsKey(name) ? variables.get(name)
                        : Objects.requireNonNullElse(pathParameters.getFirst(name), "");
            };
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(filled);
        return filled.toString();
    }

    private static Map<String, String> variables(Class<?> resourceClass) {
        return resourceClass == null ? Map.of() : VARIABLES.get(resourceClass);
    }

    /** A resource class's {@link AuthorizeVariables}, parsed once per class rather than per request. */
    private static final ClassValue<Map<String, String>> VARIABLES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> resourceClass) {
            AuthorizeVariables declared = resourceClass.getAnnotation(AuthorizeVariables.class);
            if (declared == null) {
                return Map.of();
            }
            Map<String, String> variables = new HashMap<>();
            for (String pair : declared.value()) {
                int equals = pair.indexOf('=');
                variables.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            return Map.copyOf(variables);
        }
    };
}
