package io.rdpfix.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept-Encoding headers get gzip (RFC 9110, 12.5.3), and gzip gives back the bytes it was given. */
class GzipTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip, deflate, br, zstd | true",
            "gzip | true",
            "GZIP;Q=0.5 | true",
            "x-gzip | true",
            "* | true",
            "br;q=1, *;q=0.1 | true",
            "'' | false",
            "identity | false",
            "br, deflate | false",
            "gzip;q=0 | false",
            "gzip;q=0.000, * | false",
            "*;q=0 | false",
            "*, gzip;q=0 | false",
            "gzip;q=abc | false",
            "gzip;q=2 | false",
            "; | false",
            ",,, | false"})
    void gzipIsSentOnlyWhereTheHeaderAcceptsIt(String header, boolean accepted) {
        assertEquals(accepted, Gzip.accepted(List.of(header)));
    }

    @Property(tries = 200)
    void gzipGivesBackTheBytesItWasGiven(@ForAll byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Gzip.of(bytes)))) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }
}
