package io.rdpfix.catalog;

import io.rdpfix.registry.PrintableAscii;

/** Where a fix comes from: the Microsoft article (or script) it follows, and the day its text was read. */
public record Article(String title, String url, String read) {
    public Article {
        PrintableAscii.require(title);
        if (!url.startsWith("https://learn.microsoft.com/") && !url.startsWith("https://github.com/Azure/")) {
            throw new IllegalArgumentException("a source is Microsoft's: " + url);
        }
        if (!read.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException("read on a date: " + read);
        }
    }
}
