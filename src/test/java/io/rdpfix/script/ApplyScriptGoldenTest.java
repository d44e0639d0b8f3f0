package io.rdpfix.script;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;

import io.rdpfix.capture.CaptureParser;
import io.rdpfix.capture.CaptureResult;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.registry.RegValue;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Golden;
import io.rdpfix.undo.UndoPlan;
import io.rdpfix.undo.UndoScript;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every byte rdpfix emits for a set of requests, pinned. Read a diff here as an admin would paste it. */
class ApplyScriptGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "online-article              | ",
            "online-article-hex          | dword=hex",
            "online-article-no-undo      | undo=off",
            "offline-article             | channel=manual",
            "offline-article-hex         | channel=manual&dword=hex",
            "offline-article-no-undo     | channel=manual&undo=off",
            "online-keepalive-timeouts   | steps=keep-alive,reconnect,session-time,disconnection-time,connection-time,idle-time",
            "offline-cs002-custom-hives  | channel=manual&system=SYS_B&software=SOFT-B&controlsets=002&steps=security-layer,max-instances&undo=off",
            "offline-active-load-nl      | channel=manual&current=yes&loadhives=yes&drive=G&steps=keep-alive&lang=nl",
            "enable-rdp-online           | fix=enable-rdp",
            "enable-rdp-offline-nl       | fix=enable-rdp&channel=manual&lang=nl",
            "enable-rdp-offline-active   | fix=enable-rdp&channel=manual&current=yes&loadhives=yes&dword=hex",
            "firewall-off-online         | fix=firewall-off",
            "firewall-off-offline-nl     | fix=firewall-off&channel=manual&lang=nl&steps=private-profile,public-profile",
            "nla-off-online              | fix=nla-off",
            "nla-off-offline-nl          | fix=nla-off&channel=manual&lang=nl",
            "rdp-port-online-hex         | fix=rdp-port&dword=hex",
            "rdp-port-offline-active-load| fix=rdp-port&channel=manual&current=yes&loadhives=yes",
            "rdp-port-50000-online       | fix=rdp-port&port=50000",
            "rdp-port-50000-offline-nl   | fix=rdp-port&port=50000&channel=manual&dword=hex&lang=nl",
            "credssp-oracle-online       | fix=credssp-oracle",
            "credssp-oracle-offline-nl   | fix=credssp-oracle&channel=manual&lang=nl",
    })
    void applyScriptsAreExactlyTheGoldenFiles(String name, String query) {
        ScriptRequest request = valid(query == null ? "" : query);
        Golden.assertMatches(name + ".txt", ApplyScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        Golden.assertMatches(name + ".cmd", ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capture-online-article   | ",
            "capture-offline-article  | channel=manual",
            "capture-offline-active   | channel=manual&current=yes&steps=idle-time",
            "capture-nla-off-online   | fix=nla-off",
            "capture-enable-rdp-offline | fix=enable-rdp&channel=manual",
            "capture-firewall-off-online | fix=firewall-off",
            "capture-credssp-oracle-online | fix=credssp-oracle",
            "capture-rdp-port-offline | fix=rdp-port&channel=manual",
    })
    void captureScriptsAreExactlyTheGoldenFiles(String name, String query) {
        ScriptRequest request = valid(query == null ? "" : query);
        Golden.assertMatches(name + ".txt", CaptureScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        Golden.assertMatches(name + ".cmd", CaptureScript.render(request, ScriptForm.BATCH, shareUrl(request)).text());
    }

    /**
     * The undo the app builds from a capture that saw a value of each kind: a REG_DWORD, a REG_SZ
     * with cmd's special characters, a REG_EXPAND_SZ with a variable, absent values and a policy key
     * the fix creates.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "undo-online-article   | undo=off",
            "undo-offline-article  | channel=manual&undo=off",
            "undo-offline-active   | channel=manual&current=yes&steps=idle-time,keep-alive&undo=off&lang=nl",
    })
    void undoScriptsAreExactlyTheGoldenFiles(String name, String query) {
        ScriptRequest request = valid(query);
        // Typed, a string with a percent sign or a quote is refused (UndoService): the pasted golden has none.
        Golden.assertMatches(name + ".txt", UndoScript.render(request, undo(request, " a & b ^ c | (50) <x> \\", "C:\\Windows\\x y"),
                ScriptForm.PASTE, shareUrl(request)).text());
        Golden.assertMatches(name + ".cmd", UndoScript.render(request, undo(request, " a & b ^ c | 50% \\", "%SystemRoot%\\x y"),
                ScriptForm.BATCH, shareUrl(request)).text());
    }

    private static UndoPlan undo(ScriptRequest request, String maxIdleTime, String maxConnectionTime) {
        WritePlan plan = WritePlan.of(request);
        String listener = plan.keys().get(0).key().path();
        String capture = String.join("\n", FakeConsole.captureOutput(plan,
                Map.of("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", false,
                        "HKLM\\BROKENSOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", false),
                Map.of(listener + "|SecurityLayer", new RegValue.Dword(2), listener + "|MaxIdleTime", new RegValue.Sz(maxIdleTime),
                        listener + "|MaxConnectionTime", new RegValue.ExpandSz(maxConnectionTime))));
        return UndoPlan.of(plan, ((CaptureResult.Parsed) CaptureParser.parse(capture, plan)).capture());
    }

    /** "Put security back": to Microsoft's recommended values, and to what a capture saw (one present, one absent). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "security-online-recommended   | ",
            "security-offline-captured-nl  | channel=manual&lang=nl",
            "security-nla-off-recommended  | fix=nla-off",
            "security-credssp-recommended  | fix=credssp-oracle",
            "security-firewall-recommended | fix=firewall-off&channel=manual",
    })
    void securityPutBackScriptsAreExactlyTheGoldenFiles(String name, String query) {
        ScriptRequest request = valid(query == null ? "" : query);
        Optional<io.rdpfix.capture.Capture> before = Optional.empty();
        if (name.contains("captured")) {
            WritePlan plan = WritePlan.of(request);
            String listener = plan.keys().get(0).key().path();
            String capture = String.join("\n", FakeConsole.captureOutput(plan, Map.of(), Map.of(listener + "|SecurityLayer", new RegValue.Dword(1))));
            before = Optional.of(((CaptureResult.Parsed) CaptureParser.parse(capture, plan)).capture());
        }
        Golden.assertMatches(name + ".txt", io.rdpfix.undo.SecurityRestore.render(request, before, ScriptForm.PASTE, shareUrl(request)).text());
        Golden.assertMatches(name + ".cmd", io.rdpfix.undo.SecurityRestore.render(request, before, ScriptForm.BATCH, shareUrl(request)).text());
    }
}
