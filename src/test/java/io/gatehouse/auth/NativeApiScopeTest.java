package io.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NativeApiScopeTest {

    @Path("api/v1/")
    static class ApiResource {
        @GET
        @Path("/user-pools/{id}")
        public String get() {
            return "";
        }
    }

    @Path("/")
    static class RootResource {
        @GET
        @Path("api/v1/things")
        public String get() {
            return "";
        }

        @GET
        @Path("/oauth2/token")
        public String token() {
            return "";
        }
    }

    @Path("/api/v1/public")
    static class UnsignedApiResource {
        @GET
        @Unsigned
        public String get() {
            return "";
        }
    }

    @Test
    void coversWhenAskedAgainForTheSameMethodThenThePathStillDecidesForOtherRoutes() throws Exception {
        NativeApiScope scope = new NativeApiScope();
        ResourceInfo token = info(RootResource.class, "token");

        assertFalse(scope.covers(token, "/oauth2/token", "/oauth2/token"));
        assertTrue(scope.covers(token, "/oauth2/token", "/api/v1/x"));
        assertTrue(scope.covers(token, "/api/v1/x", "/oauth2/token"));
        assertFalse(scope.covers(token, "/oauth2/token", "/oauth2/token"));
    }

    @Test
    void coversWhenAskedAgainForAnApiMethodThenCoveredWhateverThePath() throws Exception {
        NativeApiScope scope = new NativeApiScope();
        ResourceInfo api = info(ApiResource.class, "get");

        assertTrue(scope.covers(api, "/api/v1/user-pools/x", "/api/v1/user-pools/x"));
        assertTrue(scope.covers(api, "/%61pi/v1/user-pools/x", "/x"));
        assertTrue(scope.covers(api, "/x", null));
    }

    @Test
    void coversWhenRoutedToUnsignedMethodThenNeverCoveredEvenUnderTheRoot() throws Exception {
        NativeApiScope scope = new NativeApiScope();
        ResourceInfo unsigned = info(UnsignedApiResource.class, "get");

        assertFalse(scope.covers(unsigned, "/api/v1/public", "/api/v1/public"));
        assertFalse(scope.covers(unsigned, "/api/v1/public", "/api/v1/public"));
    }

    @Test
    void coversWhenNothingWasRoutedThenThePathDecides() {
        NativeApiScope scope = new NativeApiScope();

        assertTrue(scope.covers(null, "/api/v1/x", null));
        assertFalse(scope.covers(null, "/oauth2/token", "/oauth2/token"));
    }

    @Test
    void templateWhenClassAndMethodPathsThenJoinedWithSingleSlashes() throws Exception {
        assertEquals("/api/v1/user-pools/{id}", NativeApiScope.template(info(ApiResource.class, "get")));
        assertEquals("/api/v1/things", NativeApiScope.template(info(RootResource.class, "get")));
        assertEquals("/oauth2/token", NativeApiScope.template(info(RootResource.class, "token")));
    }

    @Test
    void coversWhenRoutedToApiResourceThenTrueWhateverThePath() throws Exception {
        assertTrue(new NativeApiScope().covers(info(ApiResource.class, "get"), "/%61pi/v1/user-pools/x", null));
        assertTrue(new NativeApiScope().covers(info(RootResource.class, "token"), "/oauth2/token", "/api/v1/x"));
        assertFalse(new NativeApiScope().covers(info(RootResource.class, "token"), "/oauth2/token", "oauth2/token"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/", "/api/v1/user-pools", "api/v1/x"})
    void isUnderRootWhenApiPathThenTrue(String path) {
        assertTrue(NativeApiScope.isUnderRoot(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v10", "/api/v1x/y", "/api", "/us-east-1_abc/oauth2/token", ""})
    void isUnderRootWhenOtherPathThenFalse(String path) {
        assertFalse(NativeApiScope.isUnderRoot(path));
    }

    private static ResourceInfo info(Class<?> resourceClass, String methodName) throws NoSuchMethodException {
        Method method = resourceClass.getMethod(methodName);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return resourceClass;
            }
        };
    }
}
