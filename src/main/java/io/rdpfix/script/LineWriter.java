package io.rdpfix.script;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Collects a script's statements for one form and language; REM lines in that language. */
final class LineWriter {
    private final ScriptForm form;
    private final Language language;
    private final List<Statement> statements = new ArrayList<>();

    LineWriter(ScriptForm form, Language language) {
        this.form = form;
        this.language = language;
    }

    LineWriter add(Statement statement) {
        statements.add(statement);
        return this;
    }

    LineWriter addAll(List<? extends Statement> more) {
        statements.addAll(more);
        return this;
    }

    LineWriter rem(Text text, Object... arguments) {
        return remPlain(text.with(arguments).in(language));
    }

    LineWriter remPlain(String text) {
        return add(new Statement.Rem(text));
    }

    Section section() {
        return Section.of(form, statements);
    }
}
