package io.rdpfix.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
            "cmd      | io.rdpfix.script io.rdpfix.azure io.rdpfix.web io.rdpfix.catalog io.rdpfix.location io.quarkus jakarta",
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

    /**
     * Only io.rdpfix.cmd spells cmd.exe's statements: a literal elsewhere that starts a for, an if, a
     * set, a reg, an echo, a goto, a call or an exit, spells a redirection or chains on errorlevel
     * would write cmd text the writer does not check. (An if in PowerShell starts with a parenthesis.)
     */
    @Test
    void noClassOutsideCmdSpellsACmdStatement() throws IOException {
        Pattern statement = Pattern.compile("\"(@?(for (/f|%)|set (/a|\\\\\"|R_|%)|reg (add|query|delete|load|unload|export) |echo )"
                + "|if (not |defined |exist |errorlevel |/i |\\\\\"|%)|goto |call |exit /b| ?2?>>?nul)|2\\^>nul|& if (not )?errorlevel");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(SOURCES.resolve("cmd"))).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().map(String::strip)
                            .filter(line -> !line.startsWith("*") && !line.startsWith("//") && statement.matcher(line).find()).map(line -> f.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), offending);
        }
    }
}
