package io.rdpfix.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * No answer of ours carries a stack trace: protocol errors (404, 405, 415, ...) keep their status
 * with a one-line text, anything unexpected is logged and answered 500 with a plain sentence.
 */
@Provider
public class ErrorResponses implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final List<Class<?>> RESOURCES = List.of(PageResource.class, ScriptResource.class);

    @Context
    UriInfo uri;

    /** The resource methods that answer {@code path}, as their own annotations say. */
    private static List<Method> methodsAt(String path) {
        String wanted = path.startsWith("/") ? path.substring(1) : path;
        List<Method> methods = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                Path sub = method.getAnnotation(Path.class);
                if (wanted.equals(sub == null ? "" : sub.value()) && httpMethod(method) != null) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private static HttpMethod httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http;
            }
        }
        return null;
    }

    /** The methods the resources declare for {@code path}, so that a 405 says which ones it takes (RFC 9110, 15.5.6); HEAD comes with GET. */
    static String allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Method method : methodsAt(path)) {
            String verb = httpMethod(method).value();
            methods.add(verb);
            if (verb.equals(HttpMethod.GET)) {
                methods.add(HttpMethod.HEAD);
            }
        }
        return String.join(", ", methods);
    }

    /** The types {@code path} answers in, as its methods (or their class) declare them, so that a 406 names them. */
    static String produced(String path) {
        Set<String> types = new TreeSet<>();
        for (Method method : methodsAt(path)) {
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : method.getDeclaringClass().getAnnotation(Produces.class);
            if (produces != null) {
                types.addAll(List.of(produces.value()));
            }
        }
        return String.join(", ", types);
    }

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            if (web.getResponse().hasEntity()) {
                return web.getResponse();
            }
            int status = web.getResponse().getStatus();
            Response.ResponseBuilder answer = Response.status(status).type(TextResponses.TEXT)
                    .entity(status + " " + java.util.Objects.toString(Response.Status.fromStatusCode(status), "")
                            + (status == 406 ? ": this answer is " + produced(uri.getPath()) + ", which the request's Accept header leaves out" : "")
                            + "\n");
            if (status == 405) {
                answer.header(HttpHeaders.ALLOW, allowed(uri.getPath()));
            }
            return answer.build();
        }
        LOG.error("unexpected error", error);
        return Response.serverError().type(TextResponses.TEXT).entity("500 internal error; nothing was rendered\n").build();
    }
}
