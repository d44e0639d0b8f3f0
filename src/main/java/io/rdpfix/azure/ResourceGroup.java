package io.rdpfix.azure;

/**
 * An Azure resource group's name, by Azure's rule: 1 to 90 characters, each a letter or digit (as
 * .NET's Char.IsLetterOrDigit counts them, so letters outside ASCII too), underscore, hyphen, period
 * or parenthesis, not ending with a period. None of them is special inside single quotes in bash or
 * PowerShell, which is how the commands quote it. Not a leading hyphen, which Azure allows: az would
 * read the name as an option.
 */
public record ResourceGroup(String value) {
    public static final int MAX_LENGTH = 90;

    public ResourceGroup {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid resource group name");
        }
    }

    public static boolean isValid(String name) {
        return !name.isEmpty() && name.codePointCount(0, name.length()) <= MAX_LENGTH && !name.startsWith("-") && !name.endsWith(".")
                && name.codePoints().allMatch(cp -> AzureNames.isLetterOrDigit(cp) || "_-.()".indexOf(cp) >= 0);
    }
}
