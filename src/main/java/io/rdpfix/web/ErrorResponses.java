package io.rdpfix.web;

import jakarta.ws.rs.WebApplicationException;
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

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Response.status(status).type(TextResponses.TEXT)
                    .entity(status + " " + java.util.Objects.toString(Response.Status.fromStatusCode(status), "") + "\n").build();
        }
        LOG.error("unexpected error", error);
        return Response.serverError().type(TextResponses.TEXT).entity("500 internal error; nothing was rendered\n").build();
    }
}
