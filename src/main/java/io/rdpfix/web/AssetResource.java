package io.rdpfix.web;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/** {@code /assets/<hash>/app.css}: the bytes of that version, kept by browsers for a year; any other version is 404. */
@Path("/assets")
public class AssetResource {
    private static final CharSequence KEPT_FOR_A_YEAR = HttpHeaders.createOptimized("public, max-age=31536000, immutable");

    @GET
    @NonBlocking
    @Path("{version}/{name}")
    public Response asset(@PathParam("version") String version, @PathParam("name") String name, @Context HttpServerRequest http) {
        return Assets.find(version, name)
                .map(asset -> {
                    // Replaces RequestGate's no-store (a JAX-RS header would be added beside it).
                    http.response().headers().set(HttpHeaders.CACHE_CONTROL, KEPT_FOR_A_YEAR);
                    return asset.bytes().ok(http, asset.type()).build();
                })
                .orElseGet(() -> Response.status(404).type(TextResponses.TEXT).entity("404 Not Found\n").build());
    }
}
