package io.rdpfix.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Debian's Chromium, headless, as the browser tests and benches drive it. */
public final class Chromium {
    /**
     * The features Playwright disables (its chromiumSwitches.js): Chromium keeps only the last
     * --disable-features it is given, so ours repeats them. ChromiumTest holds this list to the driver's.
     */
    static final List<String> PLAYWRIGHTS_DISABLED = List.of("AvoidUnnecessaryBeforeUnloadCheckSync", "BoundaryEventDispatchTracksNodeRemoval",
            "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls", "HttpsUpgrades", "LensOverlay", "MediaRouter",
            "PaintHolding", "ThirdPartyStoragePartitioning", "Translate", "AutoDeElevate", "RenderDocument", "OptimizationHints");

    /**
     * Headless Chromium preloads its omnibox popup, a WebUI in a renderer of its own, for every new
     * window, and every test opens one (a context): three quarters of a window's CPU (bench/chromium-window.sh:
     * 981 ms against 248). The browser class took 135 s of CPU with it, 72 s without.
     */
    static final List<String> OURS_DISABLED = List.of("WebUIOmniboxPopup", "WebUIOmniboxAimPopup");

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        return launch(playwright, Stream.concat(PLAYWRIGHTS_DISABLED.stream(), OURS_DISABLED.stream()).toList());
    }

    /** With Playwright's disabled features only, the omnibox popup preloaded: bench/chromium-window.sh's baseline. */
    public static Browser launchWithOmniboxPopup(Playwright playwright) {
        return launch(playwright, PLAYWRIGHTS_DISABLED);
    }

    private static Browser launch(Playwright playwright, List<String> disabledFeatures) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-features=" + String.join(",", disabledFeatures))));
    }
}
