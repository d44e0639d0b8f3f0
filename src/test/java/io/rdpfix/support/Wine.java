package io.rdpfix.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Wine's cmd.exe and reg.exe as a test bench for emitted scripts: one throwaway WINEPREFIX per
 * test thread, kept warm by a persistent wineserver. {@link #reset()} removes everything our scripts
 * touch, so each test starts from a registry it seeds itself.
 * <p>
 * The Wine test classes run beside the other tests, their tests side by side on up to three threads
 * (surefire's configuration in pom.xml): a Wine process start is mostly waiting here, so three
 * prefixes side by side run about three times as many processes a second as one
 * (bench/wine-processes.sh). Each thread has its own prefix, a copy of one booted template, so the
 * tests never see each other's registry.
 * <p>
 * Known differences from Windows that tests must respect (Wine 8): {@code &&} and {@code ||} run
 * their right side unconditionally (rdpfix emits neither); carets are not removed from the command
 * line of an external program, and {@code %VAR%} inside a for variable's value is expanded again;
 * REG_QWORD data prints as "(null)".
 */
public final class Wine {
    private static final ThreadLocal<Wine> PER_THREAD = ThreadLocal.withInitial(Wine::start);
    private static Path template;

    /** Programs by their full path: a bare name makes Wine start start.exe first, a second process for each. */
    private static final String CMD = "C:\\windows\\system32\\cmd.exe";
    private static final String REG = "C:\\windows\\system32\\reg.exe";
    private static final String REGEDIT = "C:\\windows\\regedit.exe";

    private final Path prefix;
    /**
     * The reg adds and deletes since the last reset, while nothing else changed the registry (empty
     * once a script ran): the bench is deterministic, so the same history gives the same snapshot,
     * taken once per prefix rather than once per test (six processes each).
     */
    private Optional<String> history = Optional.empty();
    private final Map<String, String> snapshots = new HashMap<>();

    private Wine(Path prefix) {
        this.prefix = prefix;
    }

    /** This thread's bench. */
    public static Wine get() {
        return PER_THREAD.get();
    }

    private static Wine start() {
        try {
            Path prefix = Files.createTempDirectory("rdpfix-wine-");
            copyTree(template(), prefix);
            Wine wine = new Wine(prefix);
            wine.startServer();
            wine.exec(List.of("wine", CMD, "/c", "echo ready"), null, 300);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    wine.exec(List.of("wineserver", "-k"), null, 30);
                } catch (RuntimeException ignored) {
                    // best effort: the prefix is removed below either way
                }
                deleteRecursively(prefix);
            }));
            return wine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A prefix booted once per JVM (wineboot takes ten seconds or more), its server gone once it has
     * saved the registry, so that copies of it start from a settled prefix rather than racing its first boot.
     */
    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path booted = Files.createTempDirectory("rdpfix-wine-template-");
            Wine boot = new Wine(booted);
            boot.exec(List.of("wineboot", "--init"), null, 300);
            boot.exec(List.of("wineserver", "-w"), null, 300);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(booted)));
            template = booted;
        }
        return template;
    }

    /**
     * The registry files at the top copied, everything below linked (drive_c is some 700 MB): Wine
     * only reads those files, and what the bench and the scripts write below are new files or, for
     * fltmc.exe, a replacement (a new file, never a write through the link).
     */
    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (source.equals(from)) {
                    continue;
                }
                if (Files.isSymbolicLink(source)) {
                    Files.createSymbolicLink(copy, Files.readSymbolicLink(source));
                } else if (Files.isDirectory(source)) {
                    Files.createDirectory(copy);
                } else if (source.getParent().equals(from)) {
                    Files.copy(source, copy);
                } else {
                    Files.createLink(copy, source);
                }
            }
        }
    }

    public record Result(int exitCode, String output) {
        /** The last line printed, prompt cut off: what an 80x24 console with no scrollback still shows. */
        public String lastLine() {
            List<String> lines = printed();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        /** Every non-empty line printed, prompts cut off, bare prompts left out. */
        public List<String> printed() {
            // Prompts are not printed by the script: a bare prompt, the harness's own exit after a script
            // that turned echo on again, and cmd's "More? " for each line of a parenthesised block.
            return output.lines().map(String::strip).filter(line -> !line.matches("[A-Z]:\\\\.*>(exit)?"))
                    .map(line -> line.replaceFirst("^[A-Z]:\\\\[^>]*>", "").replaceFirst("^(More\\? ?)+", "")).filter(line -> !line.isEmpty())
                    .toList();
        }
    }

    /**
     * What every test starts from, as one .reg file: our keys gone (with the garbled paths the
     * corruption tests write to: a real machine would keep them too), then what every machine has:
     * the listener key (rdpfix never creates it), Policies\\Microsoft, and in a loaded offline hive
     * the keys the scripts probe for (Select, Microsoft), its ComputerName and ProductName, the key
     * CredSSP\Parameters goes under (Windows has it; the fix creates only what is below), and the
     * firewall's three profiles, on, online and in ControlSet001.
     * ControlSet002 is absent.
     */
    private static final String RESET = String.join("\r\n", "REGEDIT4", "",
            "[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrrentControlSet]",
            "[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Serrrver]",
            "[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server]",
            "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows NT]",
            "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP]",
            "[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall]",
            "[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy]",
            "[-HKEY_LOCAL_MACHINE\\BROKENSYSTEM]",
            "[-HKEY_LOCAL_MACHINE\\BROKENSOFTWARE]", "",
            "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp]", "",
            firewallProfiles("SYSTEM\\CurrentControlSet"), firewallProfiles("BROKENSYSTEM\\ControlSet001"),
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft]", "",
            "[HKEY_LOCAL_MACHINE\\BROKENSOFTWARE\\Policies\\Microsoft]", "",
            "[HKEY_LOCAL_MACHINE\\BROKENSOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System]", "",
            "[HKEY_LOCAL_MACHINE\\BROKENSOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]",
            "\"ProductName\"=\"Windows Server 2019 Datacenter\"", "",
            "[HKEY_LOCAL_MACHINE\\BROKENSYSTEM\\Select]", "\"Current\"=dword:00000001", "",
            "[HKEY_LOCAL_MACHINE\\BROKENSYSTEM\\ControlSet001\\Control\\Terminal Server\\WinStations\\RDP-Tcp]", "",
            "[HKEY_LOCAL_MACHINE\\BROKENSYSTEM\\ControlSet001\\Control\\ComputerName\\ComputerName]",
            "\"ComputerName\"=\"DISK-A\"", "", "");

    /** The guest firewall's three profiles, on, as every Windows has them. */
    private static String firewallProfiles(String controlSet) {
        StringBuilder keys = new StringBuilder();
        for (String profile : List.of("DomainProfile", "StandardProfile", "PublicProfile")) {
            keys.append("[HKEY_LOCAL_MACHINE\\").append(controlSet).append("\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\")
                    .append(profile).append("]\r\n\"EnableFirewall\"=dword:00000001\r\n\r\n");
        }
        return keys.toString();
    }

    /**
     * Starts every test from the same place: one regedit import (a tenth of a second, where a reg
     * process per key took three), checked by one query, since regedit's exit code says nothing.
     */
    public void reset() {
        write(prefix.resolve("drive_c/rdpfix-reset.reg"), RESET);
        exec(List.of("wine", REGEDIT, "/s", "C:\\rdpfix-reset.reg"), null, 60);
        Result check = reg("query", "HKLM\\BROKENSYSTEM\\ControlSet001\\Control\\ComputerName\\ComputerName", "/v", "ComputerName");
        if (check.exitCode() != 0 || !check.output().contains("DISK-A") || reg("query", "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT")
                .exitCode() == 0) {
            throw new IllegalStateException("the registry reset did not take:\n" + check.output());
        }
        deleteRecursively(prefix.resolve("drive_c/windows/rdpfix"));
        deleteRecursively(prefix.resolve("drive_c/planted-ran.txt"));
        elevated(true);
        history = Optional.of("reset");
    }

    /**
     * Wine has no fltmc, which the scripts run to tell an elevated prompt: in its place a program that
     * succeeds quietly (hostname, as fltmc does when elevated) or one that fails without arguments
     * (reg, as fltmc does with "Access is denied" when not elevated).
     */
    public void elevated(boolean elevated) {
        Path system32 = prefix.resolve("drive_c/windows/system32");
        try {
            Files.copy(system32.resolve(elevated ? "hostname.exe" : "reg.exe"), system32.resolve("fltmc.exe"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the loaded offline hives another machine's disk: its ComputerName, as Windows keeps it. */
    public void identifyOfflineDisk(String computerName) {
        seed("HKLM\\BROKENSYSTEM\\ControlSet001\\Control\\ComputerName\\ComputerName", "/v", "ComputerName", "/t", "REG_SZ", "/d",
                computerName, "/f");
        seed("HKLM\\BROKENSOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "/v", "ProductName", "/t", "REG_SZ", "/d",
                "Windows Server 2019 Datacenter", "/f");
    }

    /**
     * An OS disk attached at {@code letter}, as on a repair VM: its SYSTEM and SOFTWARE hive files
     * (a few known bytes: Wine's reg cannot load a hive) and nothing else, afresh on every call.
     */
    public Path attachDisk(char letter) {
        String drive = String.valueOf(Character.toLowerCase(letter));
        Path root = prefix.resolve("disk-" + drive);
        deleteRecursively(root);
        try {
            Files.createDirectories(root.resolve("Windows/System32/config"));
            for (String hive : List.of("SYSTEM", "SOFTWARE")) {
                Files.writeString(root.resolve("Windows/System32/config/" + hive), hive + " hive of the disk at " + letter);
            }
            Path link = prefix.resolve("dosdevices/" + drive + ":");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    public static final String LISTENER = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp";

    public static String offlineListener(int controlSet) {
        return String.format("HKLM\\BROKENSYSTEM\\ControlSet%03d\\Control\\Terminal Server\\WinStations\\RDP-Tcp", controlSet);
    }

    /** The offline hives gone, as on a repair VM where nobody loaded them. */
    public void unloadOfflineHives() {
        reg("delete", "HKLM\\BROKENSYSTEM", "/f");
        reg("delete", "HKLM\\BROKENSOFTWARE", "/f");
    }

    /** A reg add the test relies on: one that did not take is a broken bench, said at once. */
    public void seed(String... arguments) {
        List<String> add = new ArrayList<>(List.of("add"));
        add.addAll(List.of(arguments));
        Result result = reg(add.toArray(String[]::new));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("reg " + add + " failed:\n" + result.output());
        }
    }

    public Result reg(String... arguments) {
        String verb = arguments[0].toLowerCase(java.util.Locale.ROOT);
        if (verb.equals("add") || verb.equals("delete")) {
            history = history.map(done -> done + "\n" + String.join(" ", arguments));
        } else if (!verb.equals("query") && !verb.equals("export")) {
            history = Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of("wine", REG));
        command.addAll(List.of(arguments));
        return exec(command, null, 60);
    }

    /** Runs text as a .cmd file, the way /script.cmd is meant to be run. */
    public Result batch(String text) {
        history = Optional.empty();
        Path file = prefix.resolve("drive_c/rdpfix-test.cmd");
        write(file, text);
        return exec(List.of("wine", CMD, "/c", "C:\\rdpfix-test.cmd"), null, 300);
    }

    /** Feeds text to an interactive cmd, line by line, the way /script.txt is pasted. */
    public Result paste(String text) {
        history = Optional.empty();
        return exec(List.of("wine", CMD), text + "exit\r\n", 300);
    }

    /** Runs a file that a script wrote on the "machine", such as the undo file. */
    public Result runFile(String windowsPath) {
        history = Optional.empty();
        return exec(List.of("wine", CMD, "/c", windowsPath), null, 300);
    }

    public Path driveC() {
        return prefix.resolve("drive_c");
    }

    /** Every key and value below our roots, as reg query prints them: the state to compare. */
    public String snapshot() {
        return history.map(done -> snapshots.computeIfAbsent(done, unused -> takeSnapshot())).orElseGet(this::takeSnapshot);
    }

    private String takeSnapshot() {
        StringBuilder state = new StringBuilder();
        for (String root : List.of("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server", "HKLM\\SOFTWARE\\Policies",
                "HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy",
                "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System",
                "HKLM\\BROKENSYSTEM", "HKLM\\BROKENSOFTWARE")) {
            Result result = reg("query", root, "/s");
            state.append("== ").append(root).append(" exit ").append(result.exitCode()).append('\n')
                    .append(result.exitCode() == 0 ? result.output() : "").append('\n');
        }
        return state.toString().replace("\r", "");
    }

    /** The values of one key as "name" -> "TYPE data", from reg query; empty if the key is absent. */
    public java.util.Map<String, String> values(String key) {
        java.util.Map<String, String> values = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Result result = reg("query", key);
        if (result.exitCode() != 0) {
            if (!result.output().contains("Unable to find")) {
                throw new IllegalStateException("reg query " + key + " failed:\n" + result.output());
            }
            return values;
        }
        for (String line : result.output().split("\r?\n")) {
            var matcher = java.util.regex.Pattern.compile("^ {4}(\\S.*?) {4}(REG_\\w+)(?: {4}(.*))?$").matcher(line);
            if (matcher.matches()) {
                values.put(matcher.group(1), matcher.group(2) + " " + (matcher.group(3) == null ? "" : matcher.group(3)));
            }
        }
        return values;
    }

    /**
     * A persistent wineserver, detached from our pipes, so each wine command starts fast. The command
     * returns once the server listens; waiting for it means the next wine command can never start a
     * short-lived server of its own (which would restart, and reload the registry, whenever idle).
     */
    private void startServer() throws IOException {
        try {
            builder(List.of("wineserver", "-p")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every Wine process runs without address-space randomisation (setarch -R, inherited by the
     * processes Wine starts). With it, about one process start in two thousand failed: "wine: failed
     * to map the shared user data: c0000018" (its fixed address already taken by a randomly placed
     * mapping), which Wine's cmd reports for a for /f child as "Can't recognize 'CMD.EXE /C ...'" and
     * start.exe as "ShellExecuteEx failed": a value the script wrote looked unverified, or was never
     * written, at random. Found with 2,000 for /f children per run, errors on.
     */
    private ProcessBuilder builder(List<String> command) {
        List<String> fixedLayout = new ArrayList<>(List.of("setarch", "-R"));
        fixedLayout.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fixedLayout);
        builder.environment().put("WINEPREFIX", prefix.toString());
        builder.environment().put("WINEDEBUG", "-all");
        builder.environment().put("WINEDLLOVERRIDES", "mscoree,mshtml=");
        builder.environment().put("DISPLAY", "");
        return builder;
    }

    // Output goes to a file, not a pipe: a wineserver started by wine would inherit a pipe and keep it open.
    private Result exec(List<String> command, String stdin, int timeoutSeconds) {
        try {
            Path output = Files.createTempFile(prefix, "out-", ".txt");
            Path input = Files.createTempFile(prefix, "in-", ".txt");
            Files.writeString(input, stdin == null ? "" : stdin, StandardCharsets.US_ASCII);
            Process process = builder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(input.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            String text = Files.readString(output, StandardCharsets.ISO_8859_1);
            Files.delete(output);
            Files.delete(input);
            // Wine's own words when it could not start a process: a broken bench, never a script's result.
            if (text.contains("ShellExecuteEx failed") || text.contains("Can't recognize 'CMD.EXE /C")) {
                throw new IllegalStateException("Wine could not start a process (the bench broke, not the script) in "
                        + command + ":\n" + text);
            }
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command + " (is Wine installed? .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
