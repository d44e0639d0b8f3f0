package io.rdpfix.capture;

import io.rdpfix.text.Text;

/** A parsed capture, or the reason it cannot be used. */
public sealed interface CaptureResult permits CaptureResult.Parsed, CaptureResult.Refused {

    record Parsed(Capture capture) implements CaptureResult {
    }

    /** {@code tooLarge} lets HTTP answer 413 instead of 400. */
    record Refused(Text reason, boolean tooLarge) implements CaptureResult {
        public static Refused because(Text reason) {
            return new Refused(reason, false);
        }
    }
}
