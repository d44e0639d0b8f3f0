package io.rdpfix.web;

/** The htmx response headers rdpfix sends, in one place. */
public enum HxHeader {
    REPLACE_URL("HX-Replace-Url");

    private final String header;

    HxHeader(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
