package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Statement.echoOn;
import static io.rdpfix.cmd.Statement.exit;
import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.cmd.CmdWriter;
import io.rdpfix.cmd.Condition;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Arithmetic;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.EchoTo;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.Group;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.ListVariables;
import io.rdpfix.cmd.Statement.Print;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.SetQuoted;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * How every read-back ends, after it has counted in R_N what it found as expected out of R_T and
 * left a flag {@code R_#...#name.data} for each value it did not find so: the names of those
 * values, the hives unloaded, and the verdict as the last line, at most 80 columns.
 *
 * @param nameToken   which {@code #}-separated part of a flag is {@code name.data}: 2 for
 *                    {@code R_#name.data}, 3 for {@code R_#set#name.data}
 * @param unload      the lines that unload the hives the script loaded
 * @param next        what the user does after an OK verdict
 * @param left        whether values may have been left as changed since the fix: counted in R_K,
 *                    named in R_L, and an OK verdict says how many
 */
record Verdict(ScriptForm form, Language language, int nameToken, List<Statement> unload, Text next, boolean left) {

    /**
     * The verdict of a script that works on {@code target}: offline it unloads what it loaded. R_X,
     * when set, says why nothing was done (not elevated, a hive, the undo file, a control set).
     */
    static Verdict of(Target target, WritePlan plan, ScriptForm form, Language language, int nameToken) {
        if (target instanceof Target.Offline offline) {
            return new Verdict(form, language, nameToken, OfflineHives.unload(offline, plan, language),
                    offline.loadFrom().isPresent() ? ScriptTexts.NEXT_OFFLINE_UNLOADED : ScriptTexts.NEXT_OFFLINE, false);
        }
        return new Verdict(form, language, nameToken, List.of(), ScriptTexts.NEXT_ONLINE, false);
    }

    /** The verdict of an undo that leaves a value changed since the fix as it is. */
    Verdict leavingChanged() {
        return new Verdict(form, language, nameToken, unload, next, true);
    }

    /**
     * The read-back's count: one {@code for /f} over {@code command}'s lines that counts in R_N each
     * {@code name.data} (tokens 1 and {@code dataToken}) still flagged under {@code flag}, and clears
     * that flag. Inside the parentheses Wine clears whatever the if found: clearing a flag that is
     * not set changes nothing.
     */
    static Statement countFlagged(int dataToken, String flag, Statement command) {
        String flagged = flag + "%%a.%%b";
        return new ForF("tokens=1," + dataToken, 'a', new Source.Output(command), new Group(new If(defined(flagged),
                sequence(new Redirected(new Arithmetic("R_N+=1"), Redirect.NO_OUTPUT), new SetQuoted(flagged, "")))), false);
    }

    /**
     * The last lines of a block that does not end with the verdict: which block of how many ran, or,
     * when something can stop the script ({@code stops}), why it did.
     */
    static List<Statement> blockEnd(Language language, int block, int count, boolean stops) {
        Statement done = new Echo(ScriptTexts.BLOCK_DONE.with(block, count, block + 1).in(language));
        if (!stops) {
            return List.of(done);
        }
        // R_X is cut by a character: with two-digit block numbers its longest would pass 80 columns.
        return List.of(new If(defined("R_X"), new Echo(ScriptTexts.BLOCK_FAILED.with(block, count, "%R_X:~0,57%").in(language))),
                new If(defined("R_X").not(), done));
    }

    /**
     * When {@code count} is not 0, the names in the flags that start with {@code prefix} into
     * {@code variable}, on one line: a child cmd prints them. No 2^>nul on an internal command inside
     * for /f: Wine's cmd then returns nothing at all.
     */
    static Statement names(String count, String prefix, String delimiters, int token, String variable) {
        Statement printNames = new ForF("tokens=" + token + " delims=" + delimiters, 'z', new Source.Output(new ListVariables(prefix)),
                new Redirected(new Print("%%~nz "), Redirect.INPUT_NUL), true);
        return new If(equal(count, "0").not(), new ForF("delims=", 'l', new Source.Output(printNames), new SetQuoted(variable, "%%l"), true));
    }

    List<Statement> lines(int block, int count) {
        List<Statement> lines = new ArrayList<>(counted());
        lines.addAll(unload);
        lines.addAll(verdict());
        lines.addAll(ending(block, count));
        return lines;
    }

    /**
     * The read-back's verdict kept in {@code file} for a later block, which says it after unloading
     * the hives ({@link #fromSaved}): with them the read-back would not fit one paste.
     */
    List<Statement> saved(String file) {
        List<Statement> lines = new ArrayList<>(counted());
        lines.addAll(verdict());
        lines.add(new EchoTo(file, false, "%R_V%"));
        return lines;
    }

    /** The verdict {@link #saved} in {@code file} by block {@code from}, read once, then the hives unloaded and the verdict said. */
    List<Statement> fromSaved(String file, int from, int block, int count) {
        List<Statement> lines = new ArrayList<>();
        // Read through type: Wine's cmd does not expand a variable in a for /f's quoted file name.
        lines.add(new ForF("delims=", 'l', new Source.Output(new Redirected(new Command("type " + file), Redirect.NO_ERRORS)),
                new SetQuoted("R_V", "%%l"), true));
        lines.add(new Redirected(new Command("del " + file), Redirect.NO_ERRORS));
        lines.add(new If(defined("R_V").not(), new Set("R_X", ScriptTexts.NO_SAVED_VERDICT.with(from).in(language))));
        // Without the read-back the hives stay loaded: the block before this one can still run.
        unload.forEach(line -> lines.add(new If(defined("R_V"), line)));
        lines.add(new If(defined("R_X"), new Set("R_V", ScriptTexts.VERDICT_STOPPED.with("%R_X%").in(language))));
        lines.addAll(ending(block, count));
        return lines;
    }

    /** R_F and R_M: how many values were not found as expected, and their names (R_K and R_L: left as changed since). */
    private List<Statement> counted() {
        if (left) {
            // Failures are the values still as the fix wrote them (R_-); the flags left are values changed since.
            return List.of(new Redirected(new Arithmetic("R_F=R_E,R_K=R_T-R_N-R_E"), Redirect.NO_OUTPUT), names("%R_F%", "R_-", "-=", 3, "R_M"),
                    names("%R_K%", "R_#", "#=", nameToken, "R_L"));
        }
        // The flags left are the values not found as written.
        return List.of(new Redirected(new Arithmetic("R_F=R_T-R_N"), Redirect.NO_OUTPUT_ATTACHED), names("%R_F%", "R_#", "#=", nameToken, "R_M"));
    }

    /** R_V: the verdict, after anything that may still set R_X. */
    private List<Statement> verdict() {
        List<Statement> lines = new ArrayList<>();
        lines.add(new Set("R_V", ScriptTexts.VERDICT_OK.with("%R_N%", "%R_T%").in(language)));
        if (left) {
            Condition someLeft = equal("%R_K%", "0").not();
            lines.add(new If(someLeft, new Echo(ScriptTexts.UNDO_LEFT.with(" %R_L:~0,33%").in(language))));
            lines.add(new If(someLeft, new Set("R_V", ScriptTexts.UNDO_OK_LEFT.with("%R_N%", "%R_T%", "%R_K%").in(language))));
        }
        lines.add(new If(equal("%R_F%", "0").not(), new Set("R_V",
                ScriptTexts.VERDICT_FAILED.with("%R_F%", "%R_T%", "%R_M:~0,51%").in(language))));
        lines.add(new If(defined("R_X"), new Set("R_V", ScriptTexts.VERDICT_STOPPED.with("%R_X%").in(language))));
        return lines;
    }

    /** What comes next after an OK verdict, then the verdict as the last line. */
    private List<Statement> ending(int block, int count) {
        List<Statement> lines = new ArrayList<>();
        // Before an OK verdict: which block ran and what comes next, on one line where that fits 80 columns.
        String nextStep = next.in(language);
        String ranNext = ScriptTexts.BLOCK_RAN_NEXT.with(block, count, nextStep).in(language);
        if (count > 1 && ranNext.length() > CmdWriter.COLUMNS) {
            lines.add(new Echo(ScriptTexts.BLOCK_RAN.with(block, count).in(language)));
        }
        Condition ok = equal("%R_V:~0,2%", "OK");
        lines.add(new If(ok, new Echo(count > 1 && ranNext.length() <= CmdWriter.COLUMNS ? ranNext : ScriptTexts.SAYS + nextStep)));
        lines.add(new Echo("rdpfix: %R_V%"));
        if (form == ScriptForm.BATCH) {
            lines.add(new If(ok.not(), exit(1)));
            lines.add(exit(0));
        } else {
            // The prompt comes back (every block starts @echo off); it prints nothing after the verdict.
            lines.add(echoOn());
        }
        return lines;
    }
}
