package io.rdpfix.script;

import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Collects a script's lines for one form and language; REM lines in that language. */
public final class LineWriter {
    private final ScriptForm form;
    private final Language language;
    private final List<String> lines = new ArrayList<>();

    public LineWriter(ScriptForm form, Language language) {
        this.form = form;
        this.language = language;
    }

    public LineWriter raw(String line) {
        lines.add(line);
        return this;
    }

    public LineWriter rem(Text text, Object... arguments) {
        return raw("REM " + text.with(arguments).in(language));
    }

    public LineWriter remPlain(String text) {
        return raw("REM " + text);
    }

    public Script script() {
        return new Script(form, lines);
    }
}
