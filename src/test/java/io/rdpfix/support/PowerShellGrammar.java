package io.rdpfix.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * tree-sitter's PowerShell grammar, run by Node.js as WebAssembly: PowerShell itself cannot run on
 * the test machines, so this parse is what checks the .ps1 files' syntax. The npm packages (exact
 * versions in src/test/powershell/package.json) are installed under target/ on first use.
 */
public final class PowerShellGrammar {
    private static final Path SOURCE = Path.of("src/test/powershell");
    private static final Path HOME = Path.of("target/powershell-grammar");

    private PowerShellGrammar() {
    }

    /** @return for each file name, the syntax errors the grammar finds ("row:column ERROR"), empty when it parses cleanly */
    public static synchronized Map<String, String> errors(Map<String, String> scripts) {
        try {
            install();
            Path dir = Files.createTempDirectory("rdpfix-ps1");
            // Liftoff only: otherwise V8 optimises the whole grammar in the background and node waits for it
            // at exit, some 15 s of CPU for every call, where the parse itself takes milliseconds.
            List<String> command = new ArrayList<>(List.of("node", "--liftoff-only", HOME.resolve("check.mjs").toAbsolutePath().toString()));
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                Path file = dir.resolve(script.getKey());
                Files.writeString(file, script.getValue(), StandardCharsets.UTF_8);
                command.add(file.toString());
            }
            String output = run(command, HOME);
            Map<String, String> errors = new LinkedHashMap<>();
            for (String name : scripts.keySet()) {
                String path = dir.resolve(name).toString();
                String line = output.lines().filter(l -> l.endsWith(" " + path) || l.contains(" " + path + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError("the grammar check said nothing of " + name + ":\n" + output));
                errors.put(name, line.startsWith("ok ") ? "" : line.substring(line.indexOf(path) + path.length()).trim());
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void install() throws IOException {
        Files.createDirectories(HOME);
        for (String file : List.of("package.json", "check.mjs")) {
            Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(HOME.resolve("node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm"))) {
            run(List.of("npm", "install", "--ignore-scripts", "--no-package-lock", "--no-audit", "--no-fund"), HOME);
        }
    }

    private static String run(List<String> command, Path directory) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed in " + directory + ":\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
