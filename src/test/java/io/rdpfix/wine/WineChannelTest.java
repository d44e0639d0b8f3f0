package io.rdpfix.wine;

import static io.rdpfix.support.Requests.shareUrl;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rdpfix.azure.ChannelScript;
import io.rdpfix.script.ApplyScript;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Wine;
import io.rdpfix.support.Wrapped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The part of the Run Command and repair scripts that Wine can run: the batch their here-string
 * carries, taken out of the .ps1 as PowerShell would and run as a .cmd file, as the wrapper runs it
 * with {@code cmd /d /c}. For repair the hives are there already, as after the wrapper's reg load.
 */
class WineChannelTest {
    private final Wine wine = Wine.get();

    @BeforeEach
    void cleanRegistry() {
        wine.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"channel=runcommand, 16", "channel=runcommand&lang=nl&dword=hex, 16", "channel=repair, 29",
            "channel=repair&current=yes&undo=off, 16"})
    void theBatchAWrapperCarriesWritesEveryValueAndEndsOk(String query, int count) {
        wine.seed(Wine.offlineListener(2), "/f");
        wine.seed("HKLM\\BROKENSYSTEM\\Select", "/v", "Current", "/t", "REG_DWORD", "/d", "2", "/f");
        ScriptRequest request = valid(query);
        String ps1 = ChannelScript.render(request, ApplyScript.render(request, ScriptForm.BATCH, shareUrl(request)), shareUrl(request))
                .orElseThrow().text();
        Wine.Result result = wine.batch(Wrapped.batch(ps1));
        for (Write write : WritePlan.of(request).writes()) {
            String path = write.key().key().path().replace("ControlSet%R_CS%", "ControlSet002");
            assertEquals("REG_DWORD 0x" + Long.toHexString(write.value().data().value()), wine.values(path).get(write.name()),
                    write.name() + " in " + path + "; the batch printed:\n" + result.output());
        }
        String ok = query.contains("lang=nl") ? "rdpfix: OK, " + count + " van " + count + " waarden gecontroleerd"
                : "rdpfix: OK, " + count + " of " + count + " values verified";
        assertEquals(ok, result.lastLine(), result.output());
        assertEquals(0, result.exitCode(), result.output());
    }
}
