package io.rdpfix.cmd;

/** Lines of a .cmd file: a for variable is {@code %%a}, and a literal percent sign is doubled. */
final class BatchWriter extends CmdWriter {
    static final BatchWriter INSTANCE = new BatchWriter();

    private BatchWriter() {
    }

    @Override
    String template(String text) {
        return text;
    }

    @Override
    String percents(String data) {
        return data.replace("%", "%%");
    }

    @Override
    String fileLine(String line, String expanded) {
        String doubled = line.replace("%", "%%");
        return expanded.isEmpty() ? doubled : doubled.replace("%%" + expanded + "%%", "%" + expanded + "%");
    }
}
