package floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;


/** Returns, as a constant, the bytes rdpfix renders for the same request: nothing is computed per request. */
@jakarta.ws.rs.Path("/script.txt")
public class Floor {
    private static final byte[] BODY = load();

    private static byte[] load() {
        try {
            return Files.readAllBytes(java.nio.file.Path.of(System.getProperty("floor.body")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces("text/plain;charset=UTF-8")
    public byte[] script() {
        return BODY;
    }
}
