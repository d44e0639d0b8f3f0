package io.rdpfix.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The domain stays plain Java under the web layer, and the scripts under the Azure wrappers: a
 * package's sources import none of the packages it must not depend on.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/rdpfix");

    @ParameterizedTest(name = "{0} imports none of {1}")
    @CsvSource(delimiter = '|', value = {
            "script   | io.rdpfix.azure io.rdpfix.web io.quarkus jakarta io.vertx",
            "catalog  | io.rdpfix.script io.rdpfix.azure io.rdpfix.web io.quarkus jakarta",
            "location | io.rdpfix.script io.rdpfix.azure io.rdpfix.web io.quarkus jakarta",
            "registry | io.rdpfix.script io.rdpfix.azure io.rdpfix.web io.quarkus jakarta",
            "capture  | io.rdpfix.azure io.rdpfix.web io.quarkus jakarta",
            "undo     | io.rdpfix.azure io.rdpfix.web io.quarkus jakarta",
            "check    | io.rdpfix.azure io.rdpfix.web io.quarkus jakarta",
            "request  | io.rdpfix.web io.quarkus jakarta",
            "azure    | io.rdpfix.web io.quarkus jakarta"})
    void aDomainPackageImportsNoneOfWhatSitsOnTopOfIt(String pkg, String forbidden) throws IOException {
        List<String> prefixes = List.of(forbidden.split(" "));
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(line -> line.startsWith("import "))
                            .filter(line -> prefixes.stream().anyMatch(p -> line.replace("import static ", "import ").startsWith("import " + p + ".")))
                            .map(line -> f.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), offending);
        }
    }
}
