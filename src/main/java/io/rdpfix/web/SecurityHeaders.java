package io.rdpfix.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * What only the app's own answers carry: they are rendered per request, so no cache keeps them.
 * The headers every route carries (static files and /q/* too: nosniff, the Content-Security-Policy
 * with frame-ancestors, Referrer-Policy, Permissions-Policy) are set in application.properties.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // A versioned asset says how long it may be kept; everything else is rendered per request.
        response.getHeaders().putIfAbsent("Cache-Control", java.util.List.of("no-store"));
    }
}
