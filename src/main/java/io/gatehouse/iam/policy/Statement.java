package io.gatehouse.iam.policy;

import io.gatehouse.iam.policy.condition.Condition;
import io.gatehouse.iam.policy.match.WildcardPattern;
import java.util.Locale;

/**
 * One compiled statement of a {@link Policy}: its place in the document, Sid and effect for the
 * simulator, and the matchers for its Principal, Action, Resource and Condition elements. A
 * statement applies to a request when every element present matches: "Not" elements match what
 * their list does not.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html">IAM JSON policy elements: Statement</a>
 */
public final class Statement {

    private final MatchedStatement id;
    private final Effect effect;
    private final Position start;
    private final Position end;
    private final Elements elements;

    /** The compiled elements; {@code resources} and {@code principal} are null when absent. */
    record Elements(WildcardPattern[] actions, boolean notAction, WildcardPattern[] resources, boolean notResource,
                    PrincipalSpec principal, boolean notPrincipal, Condition[] conditions) {
    }

    Statement(MatchedStatement id, Effect effect, Position start, Position end, Elements elements) {
        this.id = id;
        this.effect = effect;
        this.start = start;
        this.end = end;
        this.elements = elements;
    }

    /** The statement's index in its policy's Statement array, from 0. */
    public int index() {
        return id.index();
    }

    /** The Sid, or null when the statement has none. */
    public String sid() {
        return id.sid();
    }

    public Effect effect() {
        return effect;
    }

    /** Where the statement's object starts in the document (its opening brace). */
    public Position start() {
        return start;
    }

    /** Where the statement's object ends in the document (its closing brace). */
    public Position end() {
        return end;
    }

    /** This statement as reported in a {@link Decision}. */
    public MatchedStatement matched() {
        return id;
    }

    /**
     * The lower-cased services this statement's actions can match, or null when it can match any
     * service (an action {@code "*"}, a wildcard in the service prefix, or NotAction).
     */
    String[] actionServices() {
        if (elements.notAction()) {
            return null;
        }
        String[] services = new String[elements.actions().length];
        for (int i = 0; i < services.length; i++) {
            String action = elements.actions()[i].source();
            int colon = action.indexOf(':');
            String service = colon < 0 ? action : action.substring(0, colon);
            if (colon < 0 || service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
                return null;
            }
            services[i] = service.toLowerCase(Locale.ROOT);
        }
        return services;
    }

    /** Whether and how this statement applies to the request. */
    PrincipalMatch match(Evaluation request) {
        if (anyMatches(elements.actions(), request.action(), request) == elements.notAction()) {
            return PrincipalMatch.NONE;
        }
        WildcardPattern[] resources = elements.resources();
        if (resources != null && anyMatches(resources, request.resource(), request) == elements.notResource()) {
            return PrincipalMatch.NONE;
        }
        PrincipalMatch who = principal(request);
        if (who == PrincipalMatch.NONE) {
            return who;
        }
        for (Condition condition : elements.conditions()) {
            if (!condition.evaluate(request)) {
                return PrincipalMatch.NONE;
            }
        }
        return who;
    }

    private PrincipalMatch principal(Evaluation request) {
        PrincipalSpec principal = elements.principal();
        if (principal == null) {
            return PrincipalMatch.ANYONE;
        }
        if (!elements.notPrincipal()) {
            return principal.match(request.principal());
        }
        // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
        // permissions boundary policy attached, regardless of the values specified in the NotPrincipal element."
        boolean boundaryDeny = effect == Effect.DENY && request.hasPermissionsBoundary();
        return boundaryDeny || !principal.excludes(request.principal()) ? PrincipalMatch.ANYONE : PrincipalMatch.NONE;
    }

    private static boolean anyMatches(WildcardPattern[] patterns, String value, Evaluation request) {
        for (WildcardPattern pattern : patterns) {
            if (pattern.matches(value, request)) {
                return true;
            }
        }
        return false;
    }
}
