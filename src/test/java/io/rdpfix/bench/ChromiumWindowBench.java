package io.rdpfix.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.rdpfix.support.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What one browser window costs, as every browser test opens one (a context with a page): the
 * machine's CPU time from /proc/stat while a window opens, shows a small page, rests a second (the
 * browser's own work after a window opens goes on in the background) and closes. Chromium as the tests
 * launch it, against Chromium with its omnibox popup preloaded (Playwright's switches alone), in
 * alternating rounds. Run by bench/chromium-window.sh; writes bench/CHROMIUM-WINDOW.md.
 */
public final class ChromiumWindowBench {
    private static final int ROUNDS = 5;
    private static final int WINDOWS_PER_ROUND = 10;
    private static final int REST_MS = 1000;

    private record Variant(String name, Function<Playwright, Browser> launch) {
    }

    public static void main(String[] args) throws Exception {
        List<Variant> variants = List.of(new Variant("as the tests launch it (support/Chromium)", Chromium::launch),
                new Variant("with the omnibox popup (Playwright's switches alone)", Chromium::launchWithOmniboxPopup));
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> wall = List.of(new ArrayList<>(), new ArrayList<>());
        try (Playwright playwright = Playwright.create()) {
            for (int round = 0; round < ROUNDS; round++) {
                for (int v = 0; v < variants.size(); v++) {
                    Browser browser = variants.get(v).launch().apply(playwright);
                    window(browser); // the first window also starts the browser's services
                    long cpu0 = cpuMillis();
                    long wall0 = System.nanoTime();
                    for (int i = 0; i < WINDOWS_PER_ROUND; i++) {
                        window(browser);
                    }
                    cpu.get(v).add((cpuMillis() - cpu0) / (double) WINDOWS_PER_ROUND);
                    wall.get(v).add((System.nanoTime() - wall0) / 1e6 / WINDOWS_PER_ROUND);
                    browser.close();
                }
            }
        }
        StringBuilder report = new StringBuilder("# One browser window's CPU (bench/chromium-window.sh)\n\n")
                .append("A window as a browser test opens one: a context whose page shows a line of HTML, rests ").append(REST_MS)
                .append(" ms and closes.\nThe machine's CPU time per window (/proc/stat, every process), ").append(ROUNDS).append(" rounds of ")
                .append(WINDOWS_PER_ROUND).append(" windows, the two launches in turn;\nmedians of the rounds, their range beside. Run ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC on this 2-core machine.\nThe popup is chrome://omnibox-popup.top-chrome (CDP's Target.getTargets lists it),")
                .append(" a WebUI that headless Chromium\npreloads in a renderer of its own for every new window.\n\n")
                .append("| Chromium | CPU ms per window | wall ms per window |\n|---|---|---|\n");
        for (int v = 0; v < variants.size(); v++) {
            report.append("| ").append(variants.get(v).name()).append(" | ").append(figure(cpu.get(v))).append(" | ").append(figure(wall.get(v)))
                    .append(" |\n");
        }
        Files.writeString(Path.of("bench/CHROMIUM-WINDOW.md"), report);
        System.out.print(report);
    }

    private static void window(Browser browser) throws InterruptedException {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setContent("<!DOCTYPE html><title>window</title><p>rdpfix</p>");
        Thread.sleep(REST_MS);
        context.close();
    }

    /** user, nice, system, irq and softirq time of every CPU, in ms (USER_HZ 100). */
    private static long cpuMillis() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long ticks = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            ticks += Long.parseLong(fields[i]);
        }
        return ticks * 10;
    }

    private static String figure(List<Double> rounds) {
        List<Double> sorted = rounds.stream().sorted().toList();
        return String.format("%.0f (%.0f-%.0f)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
