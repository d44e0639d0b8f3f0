package io.rdpfix.script;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement;
import io.rdpfix.text.Language;
import io.rdpfix.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Builds a section of a script: its statements for one form and language, REM lines in that language. */
final class SectionBuilder {
    private final ScriptForm form;
    private final Language language;
    private final List<Statement> statements = new ArrayList<>();

    SectionBuilder(ScriptForm form, Language language) {
        this.form = form;
        this.language = language;
    }

    SectionBuilder add(Statement statement) {
        statements.add(statement);
        return this;
    }

    SectionBuilder addAll(List<? extends Statement> more) {
        statements.addAll(more);
        return this;
    }

    SectionBuilder rem(Text text, Object... arguments) {
        return remPlain(text.with(arguments).in(language));
    }

    SectionBuilder remPlain(String text) {
        return add(new Statement.Rem(text));
    }

    Section section() {
        return Section.of(form, statements);
    }
}
