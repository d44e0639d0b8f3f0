package io.rdpfix.script;

import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Collects a script's lines for one form and language; REM lines in that language. */
final class LineWriter {
    private final ScriptForm form;
    private final Language language;
    private final List<String> lines = new ArrayList<>();

    LineWriter(ScriptForm form, Language language) {
        this.form = form;
        this.language = language;
    }

    LineWriter raw(String line) {
        lines.add(line);
        return this;
    }

    LineWriter rem(Text text, Object... arguments) {
        return raw("REM " + text.with(arguments).in(language));
    }

    LineWriter remPlain(String text) {
        return raw("REM " + text);
    }

    Script script() {
        return new Script(form, lines);
    }
}
