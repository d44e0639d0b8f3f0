package io.rdpfix.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

/** Debian's Chromium, headless, as the browser tests and benches drive it. */
public final class Chromium {
    /**
     * Chromium keeps only the last --disable-features it is given, so this one repeats Playwright's own
     * list (1.58) and adds the omnibox popup: headless Chromium preloads that WebUI in a renderer of its
     * own for every new window, and every test opens one (a context). It cost about 0.85 s of CPU per
     * window, two thirds of what a window costs: the browser class took 135 s of CPU with it, 75 s without.
     */
    private static final String DISABLED_FEATURES = "--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,"
            + "BoundaryEventDispatchTracksNodeRemoval,DestroyProfileOnBrowserClose,DialMediaRouteProvider,GlobalMediaControls,"
            + "HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,Translate,AutoDeElevate,"
            + "RenderDocument,OptimizationHints,WebUIOmniboxPopup,WebUIOmniboxAimPopup";

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", DISABLED_FEATURES)));
    }
}
