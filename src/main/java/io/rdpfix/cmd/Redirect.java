package io.rdpfix.cmd;

/** Where a command's output goes, written after it: the few redirections the scripts use. */
public final class Redirect {
    /** Output dropped: a command run for its exit code. */
    public static final Redirect NO_OUTPUT = new Redirect(" >nul");
    /**
     * Output dropped, written against the command: the verdict's count line has always been spelled
     * so ({@code set /a R_F=R_T-R_N>nul}), and its bytes are pinned by every golden file.
     */
    public static final Redirect NO_OUTPUT_ATTACHED = new Redirect(">nul");
    /** Errors dropped: a listing that may fail, or a file that may be missing. */
    public static final Redirect NO_ERRORS = new Redirect(" 2>nul");
    /** Output and errors dropped. */
    public static final Redirect QUIET = new Redirect(" >nul 2>&1");
    /** Input from nul: {@code set /p} then waits for nothing. */
    public static final Redirect INPUT_NUL = new Redirect(" <nul");

    private final String spelled;

    private Redirect(String spelled) {
        this.spelled = spelled;
    }

    /** Output into {@code file} (a variable or a quoted path), errors dropped. */
    public static Redirect into(String file) {
        return new Redirect(" >" + file + " 2>nul");
    }

    /** Output appended to {@code file}; the space before it keeps a last digit from reading as a stream number. */
    public static Redirect appendedTo(String file) {
        return new Redirect(" >>" + file);
    }

    String spelled() {
        return spelled;
    }
}
