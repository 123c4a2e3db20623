package io.gatehouse.oidc.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.providers.serialisers.ServerFormUrlEncodedProvider;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Quarkus REST's form reader, with a malformed percent-encoding ({@code token=%zz}) reported as the
 * client's error: the framework's reader lets {@code URLDecoder}'s IllegalArgumentException escape,
 * which answered 500 {@code server_error}. Every form endpoint is in this package, so
 * {@link MalformedFormMapper} answers in the endpoint's own format.
 */
@Provider
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class FormBodyReader extends ServerFormUrlEncodedProvider {

    @Override
    @SuppressWarnings("rawtypes")
    public MultivaluedMap readFrom(Class<MultivaluedMap> type, Type genericType, MediaType mediaType,
                                   ServerRequestContext context) throws IOException {
        try {
            return super.readFrom(type, genericType, mediaType, context);
        } catch (IllegalArgumentException e) {
            throw new MalformedFormException();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public MultivaluedMap readFrom(Class<MultivaluedMap> type, Type genericType, Annotation[] annotations,
                                   MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        try {
            return super.readFrom(type, genericType, annotations, mediaType, headers, body);
        } catch (IllegalArgumentException e) {
            throw new MalformedFormException();
        }
    }

    /** A form body whose percent-encoding cannot be decoded. */
    static final class MalformedFormException extends RuntimeException {
        MalformedFormException() {
            super("Malformed form encoding", null, false, false);
        }
    }
}
