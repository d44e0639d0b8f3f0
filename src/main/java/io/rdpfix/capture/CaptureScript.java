package io.rdpfix.capture;

import static io.rdpfix.capture.CaptureMarkers.ABSENT;
import static io.rdpfix.capture.CaptureMarkers.BEGIN;
import static io.rdpfix.capture.CaptureMarkers.END;
import static io.rdpfix.capture.CaptureMarkers.PRESENT;
import static io.rdpfix.capture.CaptureMarkers.hidden;
import static io.rdpfix.capture.CaptureMarkers.hiveTag;
import static io.rdpfix.capture.CaptureMarkers.keyTag;
import static io.rdpfix.capture.CaptureMarkers.valueTag;

import io.rdpfix.script.Cmd;
import io.rdpfix.script.LineWriter;
import io.rdpfix.script.Script;
import io.rdpfix.script.ScriptForm;
import io.rdpfix.script.ScriptFrame;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.ScriptTexts;
import io.rdpfix.script.ShareUrl;
import io.rdpfix.script.Write;
import io.rdpfix.script.WritePlan;
import io.rdpfix.registry.RegKey;
import java.util.List;

/**
 * Prints, changing nothing, what is there now for every key and value the fix would touch: one
 * short marked line each, between a begin and an end line that carry the selection id and the
 * counts, so the app can tell a complete capture of this selection from anything else.
 */
public final class CaptureScript {
    private CaptureScript() {
    }

    public static Script render(ScriptRequest request, ScriptForm form, ShareUrl shareUrl) {
        WritePlan plan = WritePlan.of(request);
        List<RegKey> keys = plan.creatableKeys();
        String counts = plan.selectionId() + " " + plan.writes().size() + " " + keys.size();
        LineWriter out = new LineWriter(form, request.language());
        return ScriptFrame.render(request.target(), plan, false, out,
                header -> {
                    header.rem(ScriptTexts.CAPTURE_TITLE, plan.selectionId());
                    ScriptFrame.describeTarget(request.target(), header);
                    header.rem(ScriptTexts.CAPTURE_COPY);
                    header.rem(ScriptTexts.SHARE, shareUrl.value());
                },
                body -> {
                    body.command("echo " + hidden(BEGIN) + " " + counts);
                    // Proof that each offline hive was loaded: without it absent keys prove nothing.
                    int hive = 0;
                    for (RegKey probe : plan.hiveProbes().values()) {
                        String tag = hiveTag(++hive);
                        body.command(Cmd.ifFailed(Cmd.regQueryKey(probe) + " >nul 2>&1",
                                "(echo " + tag + " " + hidden(ABSENT) + ") else echo " + tag + " " + hidden(PRESENT)));
                    }
                    for (int i = 0; i < keys.size(); i++) {
                        String tag = keyTag(i + 1);
                        body.command(Cmd.ifFailed(Cmd.regQueryKey(keys.get(i)) + " >nul 2>&1",
                                "(echo " + tag + " " + hidden(ABSENT) + ") else echo " + tag + " " + hidden(PRESENT)));
                    }
                    String a = form.forVariable('a');
                    for (int i = 0; i < plan.writes().size(); i++) {
                        Write write = plan.writes().get(i);
                        String query = Cmd.regQueryValue(write.key().key(), write.name());
                        String tag = valueTag(i + 1);
                        body.command(Cmd.ifFailed(query + " >nul 2>&1", "echo " + tag + " " + hidden(ABSENT)));
                        body.command("for /f \"delims=\" " + a + " in ('" + query + " 2^>nul ^| find \"    \"') do @echo "
                                + hidden(tag) + " [" + a + "]");
                    }
                    body.command("echo " + hidden(END) + " " + counts);
                },
                ScriptTexts.CAPTURE_DONE, plan.selectionId());
    }
}
