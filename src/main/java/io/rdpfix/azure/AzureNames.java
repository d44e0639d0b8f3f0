package io.rdpfix.azure;

/** What Azure's naming rules call a letter or digit (.NET's Char.IsLetterOrDigit). */
final class AzureNames {
    private AzureNames() {
    }

    static boolean isLetterOrDigit(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }
}
