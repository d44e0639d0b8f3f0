package io.rdpfix.azure;

import io.rdpfix.powershell.PowerShell;

/** The two shells Azure Cloud Shell offers, and how each quotes a name and finds an uploaded file. */
public enum Shell {
    BASH("bash (Cloud Shell)"),
    POWERSHELL("PowerShell (Cloud Shell)");

    private final String title;

    Shell(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** A validated Azure name, or a line of our own, quoted so the shell passes it on as it is. */
    String quote(String name) {
        if (this == POWERSHELL) {
            return PowerShell.literal(name);
        }
        if (name.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("nothing rdpfix quotes for bash holds a quote");
        }
        return "'" + name + "'";
    }

    /** A file uploaded to Cloud Shell, which puts it in the home folder. */
    String uploaded(String fileName) {
        return this == POWERSHELL ? "(Join-Path $HOME " + PowerShell.literal(fileName) + ")" : "~/" + fileName;
    }
}
