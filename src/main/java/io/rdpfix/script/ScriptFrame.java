package io.rdpfix.script;

import io.rdpfix.registry.RegKey;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.DriveLetter;
import io.rdpfix.location.Target;
import io.rdpfix.text.Text;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every script (apply, capture, undo) does around its own lines: loading and unloading the
 * offline hives when asked, reading the active control set, and in a batch file counting failures
 * and ending with a clear exit code.
 */
public final class ScriptFrame {
    private static final String FINISH_LABEL = "rdpfix_finish";
    private static final String ABORTED = "RDPFIX_ABORTED";
    private static final String CS = Target.Offline.ACTIVE_SET_VARIABLE;

    private ScriptFrame() {
    }

    /**
     * @param header REM lines at the top
     * @param body   the script's own lines
     * @param done   said at the end when nothing failed
     */
    /**
     * @param writes whether the body changes the registry: then a missing hive stops it (a capture
     *               runs on, prints what it finds and proves the hive absent)
     */
    public static Script render(Target target, WritePlan plan, boolean writes, LineWriter out, Consumer<LineWriter> header,
                                Consumer<LineWriter> body, Text done, Object... doneArguments) {
        if (out.batch()) {
            out.raw("@echo off").raw("setlocal");
        }
        header.accept(out);
        if (out.batch()) {
            out.raw("set " + LineWriter.FAILED_COUNTER + "=0");
        }
        out.raw(Cmd.clearVariables("R_", out.form()));
        if (target instanceof Target.Offline offline) {
            OfflineHives.loadAndCheck(offline, plan, out.language()).forEach(out::raw);
            if (writes && out.batch()) {
                out.raw("if defined R_X goto " + FINISH_LABEL);
            } else if (writes) {
                out.guardWith("if not defined R_X ");
            }
            if (offline.controlSets() instanceof ControlSets.Active) {
                readActiveControlSet(out, offline.systemHive());
            }
        }
        body.accept(out);
        out.guardWith("");
        if (out.batch()) {
            out.raw(":" + FINISH_LABEL);
        }
        if (target instanceof Target.Offline offline) {
            OfflineHives.unload(offline, plan, out.language()).forEach(out::raw);
            out.raw("if defined R_X " + out.echoCommand(ScriptTexts.STOPPED, "%R_X%"));
        }
        if (out.batch()) {
            String failed = "%" + LineWriter.FAILED_COUNTER + "%";
            out.raw("if defined R_X exit /b 1");
            out.raw("if defined " + ABORTED + " exit /b 1");
            out.raw("if not \"" + failed + "\"==\"0\" (" + out.echoCommand(ScriptTexts.SOME_FAILED, failed) + " & exit /b 1)");
            out.echo(done, doneArguments);
            out.raw("exit /b 0");
        } else {
            out.echo(done, doneArguments);
        }
        return out.script();
    }





    /**
     * Sets RDPFIX_CS to the three digits of Select\Current, or clears it when that value or the
     * control set it names cannot be read. Typed, every later command is guarded by
     * {@code if defined}; a batch file stops.
     */
    private static void readActiveControlSet(LineWriter out, RegKey systemHive) {
        RegKey select = systemHive.child("Select");
        String a = out.form().forVariable('a');
        out.raw("set " + CS + "=");
        out.raw("for /f \"tokens=3\" " + a + " in ('" + Cmd.regQueryValue(select, "Current")
                + " 2^>nul ^| find \"REG_DWORD\"') do @set /a " + CS + "=1000+" + a + " >nul");
        out.raw("set " + CS + "=%" + CS + ":~1%");
        out.raw(Cmd.ifFailed(Cmd.regQueryKey(systemHive.child("ControlSet%" + CS + "%")) + " >nul 2>&1", "set " + CS + "="));
        String selectPath = select.path();
        if (out.batch()) {
            out.raw("if not defined " + CS + " (" + out.echoCommand(ScriptTexts.ACTIVE_SET_MISSING, selectPath) + " & "
                    + abort() + ")");
            out.echo(ScriptTexts.ACTIVE_SET_FOUND, "%" + CS + "%");
        } else {
            out.raw("if not defined " + CS + " " + out.echoCommand(ScriptTexts.ACTIVE_SET_MISSING, selectPath));
            out.raw("if defined " + CS + " " + out.echoCommand(ScriptTexts.ACTIVE_SET_FOUND, "%" + CS + "%"));
            out.guardWith(out.guard() + "if defined " + CS + " ");
        }
    }

    private static String abort() {
        return "set \"" + ABORTED + "=1\" & goto " + FINISH_LABEL;
    }


    /** The REM lines that say where a script works, shared by all scripts. */
    public static void describeTarget(Target target, LineWriter out) {
        if (target instanceof Target.Offline offline) {
            out.rem(ScriptTexts.OFFLINE_HOW, offline.system().value(), offline.software().value());
            Optional<DriveLetter> drive = offline.loadFrom();
            if (drive.isPresent()) {
                out.rem(ScriptTexts.OFFLINE_LOADS, drive.get().letter());
            } else {
                out.rem(ScriptTexts.OFFLINE_LOAD_YOURSELF);
            }
            if (offline.controlSets() instanceof ControlSets.Active) {
                out.rem(ScriptTexts.ACTIVE_SET, offline.systemHive().child("Select").path());
            }
        } else {
            out.rem(ScriptTexts.ONLINE_HOW);
        }
    }
}
