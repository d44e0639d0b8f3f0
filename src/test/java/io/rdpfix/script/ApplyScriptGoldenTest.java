package io.rdpfix.script;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;

import io.rdpfix.capture.CaptureScript;
import io.rdpfix.support.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every byte rdpfix emits for a set of requests, pinned. Read a diff here as an admin would paste it. */
class ApplyScriptGoldenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "online-article              | ",
            "online-article-hex          | dword=hex",
            "online-article-no-undo      | undo=off",
            "offline-article             | mode=offline",
            "offline-article-hex         | mode=offline&dword=hex",
            "offline-article-no-undo     | mode=offline&undo=off",
            "online-keepalive-timeouts   | steps=keep-alive,reconnect,session-time,disconnection-time,connection-time,idle-time",
            "offline-cs002-custom-hives  | mode=offline&system=SYS_B&software=SOFT-B&controlsets=002&steps=security-layer,max-instances&undo=off",
            "offline-active-load-nl      | mode=offline&current=yes&loadhives=yes&drive=G&steps=keep-alive&lang=nl",
    })
    void applyScriptsAreExactlyTheGoldenFiles(String name, String query) {
        ScriptRequest request = valid(query == null ? "" : query);
        Golden.assertMatches(name + ".txt", ApplyScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        Golden.assertMatches(name + ".cmd", ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "capture-online-article   | ",
            "capture-offline-article  | mode=offline",
            "capture-offline-active   | mode=offline&current=yes&steps=idle-time",
    })
    void captureScriptsAreExactlyTheGoldenFiles(String name, String query) {
        ScriptRequest request = valid(query == null ? "" : query);
        Golden.assertMatches(name + ".txt", CaptureScript.render(request, ScriptForm.PASTE, shareUrl(request)).text());
        Golden.assertMatches(name + ".cmd", CaptureScript.render(request, ScriptForm.BATCH, shareUrl(request)).text());
    }
}
