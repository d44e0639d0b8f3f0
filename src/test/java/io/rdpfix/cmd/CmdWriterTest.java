package io.rdpfix.cmd;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Statement.quietly;
import static io.rdpfix.cmd.Statement.regQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.FileLine;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.IfFailed;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.SetQuoted;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.registry.RegKey;
import io.rdpfix.registry.RegValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each form's writer makes of a statement: the one place cmd.exe's spelling is decided. */
class CmdWriterTest {
    private static final CmdWriter PASTE = CmdWriter.of(ScriptForm.PASTE);
    private static final CmdWriter BATCH = CmdWriter.of(ScriptForm.BATCH);
    private static final RegKey KEY = new RegKey("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server");

    private static final Statement READ_NAMES = new ForF("tokens=1,3", 'a', new Source.Output(new Redirected(regQuery(KEY), Redirect.NO_ERRORS)),
            new If(equal("%%a", "fDenyTSConnections").ignoringCase(), new SetQuoted("R_D", "%%~nb")), true);

    @Test
    void aForVariableIsSpelledWithOnePercentTypedAndTwoInABatchFile() {
        assertEquals("for /f \"tokens=1,3\" %a in ('reg query \"" + KEY.path() + "\" 2^>nul') do @if /i \"%a\"==\"fDenyTSConnections\""
                + " set \"R_D=%~nb\"", PASTE.line(READ_NAMES));
        assertEquals("for /f \"tokens=1,3\" %%a in ('reg query \"" + KEY.path() + "\" 2^>nul') do @if /i \"%%a\"==\"fDenyTSConnections\""
                + " set \"R_D=%%~nb\"", BATCH.line(READ_NAMES));
    }

    @Test
    void aCommandAForReadsHasItsSpecialCharactersOutsideQuotesEscaped() {
        Statement nested = new ForF("delims=", 'l', new Source.Output(new ForF("tokens=2", 'z', new Source.Output(new Statement.ListVariables("R_#")),
                new Redirected(new Statement.Print("%%~nz "), Redirect.INPUT_NUL), true)), new SetQuoted("R_M", "%%l"), true);
        assertEquals("for /f \"delims=\" %l in ('for /f \"tokens=2\" %z in ^('set R_#'^) do @set /p \"=%~nz \" ^<nul') do @set \"R_M=%l\"",
                PASTE.line(nested));
    }

    @Test
    void cmdsOrIsNeverWrittenAFailureIsTestedOnTheErrorLevel() {
        assertEquals("fltmc >nul 2>&1 & if errorlevel 1 set R_X=not elevated",
                PASTE.line(new IfFailed(quietly(new Statement.Command("fltmc")), new Set("R_X", "not elevated"))));
    }

    @Test
    void anEchoedTextHasCmdsSpecialCharactersEscapedButKeepsItsVariables() {
        assertEquals("echo rdpfix: FAILED ^(%R_X%^) ^& more", PASTE.line(new Echo("rdpfix: FAILED (%R_X%) & more")));
    }

    @Test
    void aBatchFilesLineWrittenByEchoKeepsEveryCharacterAndExpandsOnlyTheNamedVariable() {
        Statement line = new FileLine("n", false, "for %%v in (%R_J%) do if \"%1\"==\"x\" echo (%R_CS%)", "R_CS");
        assertEquals(">>n echo for %%%%v in ^(%%R_J%%^) do if \"%%1\"==\"x\" echo ^(%R_CS%^)", BATCH.line(line));
        assertEquals(">>n echo for %%v in ^(%R_J%^) do if \"%1\"==\"x\" echo ^(%R_CS%^)", PASTE.line(line));
    }

    @Test
    void aPercentInDataIsDoubledInABatchFileAndRefusedTyped() {
        Statement add = new Statement.RegAdd("\"%R_W1%\"", "Shell", new RegValue.Sz("50% of C:\\"), DwordFormat.DEC);
        assertEquals("reg add \"%R_W1%\" /v Shell /t REG_SZ /d \"50%% of C:\\\\\" /f", BATCH.line(add));
        assertThrows(IllegalArgumentException.class, () -> PASTE.line(add));
    }

    @Test
    void aBlockIsItsConditionsItsStatementsEachOnALineAndItsClose() {
        Statement block = new Statement.Block(List.of(defined("R_X").not(), defined("R_K")), List.of(new Set("R_A", "1"), new Set("R_B", "2")));
        assertEquals(List.of("if not defined R_X if defined R_K (", "set R_A=1", "set R_B=2", ")"), PASTE.lines(block));
    }

    @Test
    void aScriptSetsOnlyVariablesItsBlocksClear() {
        assertThrows(IllegalArgumentException.class, () -> new Set("PATH", "C:\\x"));
        assertEquals("set R_=.& for /f \"delims==\" %v in ('set R_') do @set %v=", PASTE.line(Statement.clearVariables()));
    }
}
