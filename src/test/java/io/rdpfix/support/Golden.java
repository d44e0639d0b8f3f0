package io.rdpfix.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with a file under src/test/resources/golden. Run with
 * {@code -Dgolden.update=true} to (re)write the files, then read the diff before committing.
 */
public final class Golden {
    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.US_ASCII);
            }
            String expected = Files.readString(file, StandardCharsets.US_ASCII);
            assertEquals(expected, actual, "differs from golden file " + file + " (run with -Dgolden.update=true to accept)");
        } catch (IOException e) {
            throw new UncheckedIOException("golden file " + file + " missing: run once with -Dgolden.update=true", e);
        }
    }
}
