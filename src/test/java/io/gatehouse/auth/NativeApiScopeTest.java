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

    @Test
    void templateWhenClassAndMethodPathsThenJoinedWithSingleSlashes() throws Exception {
        assertEquals("/api/v1/user-pools/{id}", NativeApiScope.template(info(ApiResource.class, "get")));
        assertEquals("/api/v1/things", NativeApiScope.template(info(RootResource.class, "get")));
        assertEquals("/oauth2/token", NativeApiScope.template(info(RootResource.class, "token")));
    }

    @Test
    void coversWhenRoutedToApiResourceThenTrueWhateverThePath() throws Exception {
        assertTrue(NativeApiScope.covers(info(ApiResource.class, "get"), "/%61pi/v1/user-pools/x", null));
        assertTrue(NativeApiScope.covers(info(RootResource.class, "token"), "/oauth2/token", "/api/v1/x"));
        assertFalse(NativeApiScope.covers(info(RootResource.class, "token"), "/oauth2/token", "oauth2/token"));
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
