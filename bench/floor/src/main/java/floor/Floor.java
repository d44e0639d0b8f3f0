package floor;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Returns, as constants, the bytes rdpfix renders for the measured requests: nothing is computed
 * per request, and the methods run on the event loop (a worker-thread method is itself slower, so
 * it would not be the floor).
 */
@Path("/")
public class Floor {
    private static final byte[] SCRIPT = load("floor.body");
    private static final byte[] PAGE = load("floor.page");

    private static byte[] load(String property) {
        String file = System.getProperty(property);
        if (file == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(java.nio.file.Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @NonBlocking
    @Path("script.txt")
    @Produces("text/plain;charset=UTF-8")
    public byte[] script() {
        return SCRIPT;
    }

    @GET
    @NonBlocking
    @Produces("text/html;charset=UTF-8")
    public byte[] page() {
        return PAGE;
    }
}
