package io.rdpfix.cmd;

/**
 * What an {@code if} tests. Its operands are the script's own text: for variables spelled as in a
 * batch file ({@code %%a}), which the writer of each form spells its way.
 */
public record Condition(String test, boolean negated, boolean caseless) {

    public static Condition defined(String variable) {
        return new Condition("defined " + variable, false, false);
    }

    public static Condition exists(String path) {
        return new Condition("exist " + path, false, false);
    }

    public static Condition errorLevel(int level) {
        return new Condition("errorlevel " + level, false, false);
    }

    /** Two texts compared in double quotes: either may be empty or hold spaces. */
    public static Condition equal(String left, String right) {
        return new Condition("\"" + left + "\"==\"" + right + "\"", false, false);
    }

    /** Two words compared as they are: numbers, or a variable that always holds a word. */
    public static Condition sameWord(String left, String right) {
        return new Condition(left + "==" + right, false, false);
    }

    public static Condition less(String left, String right) {
        return new Condition(left + " lss " + right, false, false);
    }

    public Condition not() {
        return new Condition(test, !negated, caseless);
    }

    public Condition ignoringCase() {
        return new Condition(test, negated, true);
    }

    /** As cmd reads it: {@code /i} before {@code not}. */
    String spelled() {
        return (caseless ? "/i " : "") + (negated ? "not " : "") + test;
    }
}
