package io.rdpfix.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChromiumTest {
    /**
     * Our --disable-features replaces Playwright's (Chromium keeps the last one): a Playwright upgrade
     * that disables another feature must show here, not as a browser that behaves differently.
     */
    @Test
    void theFeaturesWeRepeatAreThoseThePlaywrightDriverDisables() throws IOException {
        String switches;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("driver/linux/package/lib/server/chromium/chromiumSwitches.js")) {
            switches = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String list = switches.substring(switches.indexOf("const disabledFeatures"), switches.indexOf("].filter(Boolean)"));
        List<String> drivers = new ArrayList<>();
        // One feature per line; the one only its assistant mode adds ("cond ? name : ...") is not on a line of its own.
        Matcher feature = Pattern.compile("(?m)^\\s*\"(\\w+)\",?$").matcher(list);
        while (feature.find()) {
            drivers.add(feature.group(1));
        }
        assertEquals(drivers, Chromium.PLAYWRIGHTS_DISABLED);
    }
}
