package io.rdpfix.text;

import java.util.Locale;
import java.util.Optional;

/** The languages rdpfix speaks, on the page and in the REM lines of its scripts. */
public enum Language {
    EN, NL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The one rdpfix also speaks: where the page's language switch leads. */
    public Language other() {
        return this == EN ? NL : EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
