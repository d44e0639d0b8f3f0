package io.rdpfix.cmd;

import java.util.regex.Pattern;

/** Lines typed or pasted at a cmd prompt: a for variable is {@code %a}, and a percent sign has no escape. */
final class PasteWriter extends CmdWriter {
    static final PasteWriter INSTANCE = new PasteWriter();
    private static final Pattern FOR_VARIABLE = Pattern.compile("%%(~[a-z]*)?([a-z])");

    private PasteWriter() {
    }

    @Override
    String template(String text) {
        return FOR_VARIABLE.matcher(text).replaceAll("%$1$2");
    }

    @Override
    String percents(String data) {
        if (pasteCannotCarry(data)) {
            throw new IllegalArgumentException("a pasted line cannot carry \" or %: " + data);
        }
        return data;
    }

    /**
     * A percent stays as it is: what it could expand ({@code %1}, {@code %~dp0}, {@code %%r}, a
     * variable of the file) means nothing at a prompt or was cleared at the start of the block, and
     * the file's size check catches anything that did.
     */
    @Override
    String fileLine(String line, String expanded) {
        return line;
    }
}
