package io.rdpfix.azure;

/**
 * A Windows VM's resource name, by Azure's rule: up to 64 characters; no spaces, control characters
 * or any of {@code ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \ | ; : . ' " , < > / ?}; a Windows VM's no
 * period and no hyphen at the end. Of what that leaves, rdpfix takes letters, digits and hyphens:
 * the backquote it also leaves is PowerShell's escape character and no real VM name. Nor a leading
 * hyphen, which Azure allows: az would read the name as an option.
 */
public record VmName(String value) {
    public static final int MAX_LENGTH = 64;

    public VmName {
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid VM name");
        }
    }

    public static boolean isValid(String name) {
        return !name.isEmpty() && name.codePointCount(0, name.length()) <= MAX_LENGTH && !name.startsWith("-") && !name.endsWith("-")
                && name.codePoints().allMatch(cp -> AzureNames.isLetterOrDigit(cp) || cp == '-');
    }
}
