package io.rdpfix.azure;

import io.rdpfix.location.Channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any name Azure's rules allow reaches az exactly as typed: the bash commands are run by a real
 * bash (with {@code az} a function that prints its arguments), and what Azure's rules refuse
 * is refused before any command is built.
 */
class AzureNamesPropertyTest {

    @Property(tries = 60)
    void aValidResourceGroupAndVmNameReachAzExactlyThroughBash(@ForAll("groups") String group, @ForAll("vms") String name)
            throws Exception {
        AzureVm vm = new AzureVm(new ResourceGroup(group), new VmName(name));
        String create = line(vm, "az vm repair create ");
        String printed = bash("az() { printf '%s\\n' \"$@\"; }\n" + create + "\n");
        assertEquals(String.join("\n", "vm", "repair", "create", "-g", group, "-n", name, "--verbose") + "\n", printed, create);
    }

    /**
     * Without GitHub, Run Command finds the repair VM by the tag az vm repair create gave it: the tag
     * reaches az exactly, and the id it answers reaches the run.
     */
    @Property(tries = 30)
    void theRepairVmIsFoundByItsTagAndRunByItsIdThroughBash(@ForAll("groups") String group, @ForAll("vms") String name) throws Exception {
        AzureVm vm = new AzureVm(new ResourceGroup(group), new VmName(name));
        String run = line(vm, "az vm run-command invoke --ids ");
        String id = "/subscriptions/s/resourceGroups/repair-x/providers/Microsoft.Compute/virtualMachines/repair-x";
        String printed = bash("az() { if [ \"$1\" = resource ]; then printf '%s\\n' \"$@\" >&2; echo " + id
                + "; else printf '%s\\n' \"$@\"; fi; }\n" + run + "\n");
        assertEquals(String.join("\n", "resource", "list", "--tag", "repair_source=" + group + "/" + name, "--query",
                "[?type=='Microsoft.Compute/virtualMachines'].id | [0]", "-o", "tsv", "vm", "run-command", "invoke", "--ids", id,
                "--command-id", "RunPowerShellScript", "--scripts", "@" + System.getenv("HOME") + "/rdpfix-repair.ps1", "--query",
                "value[].message", "-o", "tsv") + "\n", printed, run);
    }

    /** The way back on repair: the OS disk's id saved before the repair reaches the swap after it, for any names. */
    @Property(tries = 30)
    void theOsDiskSavedBeforeTheRepairIsTheOneSwappedBack(@ForAll("groups") String group, @ForAll("vms") String name) throws Exception {
        AzureVm vm = new AzureVm(new ResourceGroup(group), new VmName(name));
        String id = "/subscriptions/s/resourceGroups/" + group + "/providers/Microsoft.Compute/disks/" + name + "_OsDisk_1";
        java.nio.file.Path home = java.nio.file.Files.createTempDirectory("rdpfix-home");
        String printed = bash("HOME='" + home + "'\naz() { if [ \"$2\" = show ]; then echo '" + id + "'; else printf '%s\\n' \"$@\"; fi; }\n"
                + line(vm, "test -e ") + "\n" + line(vm, "az vm deallocate ") + "\n");
        assertEquals(String.join("\n", "vm", "deallocate", "-g", group, "-n", name, "vm", "update", "-g", group, "-n", name, "--os-disk", id,
                "vm", "start", "-g", group, "-n", name) + "\n", printed);
        // A second repair keeps the original's id: the copy the VM runs from now is not saved over it.
        String again = bash("HOME='" + home + "'\naz() { echo /subscriptions/s/copy; }\n" + line(vm, "test -e ") + "\ncat \"$HOME\"/rdpfix-os-disk-*\n");
        assertEquals(id + "\n", again);
    }

    private static String line(AzureVm vm, String start) {
        return CloudShellCommands.of(Channel.REPAIR, vm, Shell.BASH, Optional.empty()).stream().map(CloudShellCommands.Command::line)
                .filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<String> groups() {
        return Arbitraries.strings().withChars("aZ09_-.()\u00e9\u0436\u65e5").ofMinLength(1).ofMaxLength(90)
                .filter(s -> !s.endsWith(".") && !s.startsWith("-"));
    }

    @Provide
    Arbitrary<String> vms() {
        return Arbitraries.strings().withChars("aZ09-\u00e9\u0436").ofMinLength(1).ofMaxLength(64).filter(s -> !s.endsWith("-") && !s.startsWith("-"));
    }

    @Property(tries = 300)
    void aNameWithAnyCharacterOutsideTheRuleIsRefused(@ForAll("hostile") String bad) {
        assertFalse(ResourceGroup.isValid("rg" + bad + "x"), bad);
        assertFalse(VmName.isValid("vm" + bad + "x"), bad);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of("'", "\"", "`", "$", ";", "&", "|", "<", ">", " ", "\t", "\n", "\r", "\u0000", "\\", "/", "*", "?", "!",
                "#", "%", "{", "}", "[", "]", "=", "+", ",", ":", "~", "^", "@", "\u2018", "\u2019", "\u201a", "\u201b", "\u2013",
                "\u00a0", "\u200b", "\u202e");
    }

    @Example
    void theLimitsOfAzuresRulesHold() {
        assertTrue(ResourceGroup.isValid("r".repeat(90)));
        assertFalse(ResourceGroup.isValid("r".repeat(91)));
        assertFalse(ResourceGroup.isValid("rg."));
        assertTrue(ResourceGroup.isValid("rg.(1)_x-y"));
        assertTrue(VmName.isValid("v".repeat(64)));
        assertFalse(VmName.isValid("v".repeat(65)));
        assertFalse(VmName.isValid("vm-"));
        // Azure takes a leading hyphen; az would read it as an option.
        assertFalse(VmName.isValid("-vm"));
        assertFalse(ResourceGroup.isValid("-rg"));
        assertTrue(ResourceGroup.isValid("rg-"));
        assertFalse(VmName.isValid("vm.1"));
        assertFalse(VmName.isValid("vm_1"));
        assertFalse(VmName.isValid(""));
        assertFalse(ResourceGroup.isValid(""));
    }

    @Example
    void theCommandsTextNamesEveryStepInBothShells() {
        String text = CloudShellCommands.text(Channel.REPAIR, new AzureVm(new ResourceGroup("g"), new VmName("v")), Optional.empty(),
                Language.EN);
        assertEquals(2, text.lines().filter(l -> l.startsWith("az vm repair restore -g 'g' -n 'v' --verbose")).count(), text);
    }

    private static String bash(String script) throws IOException, InterruptedException {
        // The script goes in on stdin as UTF-8 bytes: arguments would pass through the JVM's locale encoding.
        Process bash = new ProcessBuilder("bash", "-s").redirectErrorStream(true).start();
        try (var in = bash.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), out);
        return out;
    }
}
