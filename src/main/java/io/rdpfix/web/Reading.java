package io.rdpfix.web;

import io.rdpfix.request.ParseResult;
import io.rdpfix.script.ShareUrl;
import java.util.Optional;

/**
 * A request as the app reads it: its one parse and, when valid, the links its answers carry.
 *
 * @param links present exactly when the parse is valid
 */
public record Reading(ParseResult parsed, Optional<Links> links) {

    /**
     * @param script    the link every script carries: the state, under the public address
     * @param pageQuery the page's canonical query: the state and the VM's names, which no script depends on
     * @param page      the page's own link, {@code pageQuery} under the public address
     */
    public record Links(ShareUrl script, String pageQuery, String page) {
    }
}
