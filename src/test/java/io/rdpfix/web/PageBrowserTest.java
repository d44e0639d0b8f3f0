package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.request.FormState;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.Chromium;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page in a real Chromium: what a user sees, clicks, copies and downloads. */
@QuarkusTest
class PageBrowserTest {
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("en-US"));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions().setOrigin(origin()));
        page = newPage(context);
    }

    private Page newPage(BrowserContext in) {
        Page opened = in.newPage();
        opened.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        opened.onPageError(error -> consoleErrors.add(error));
        // Report every Content-Security-Policy violation as a console error, which fails the test.
        opened.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return opened;
    }

    @AfterEach
    void noConsoleErrorsAndNoCspViolations() {
        context.close();
        assertEquals(List.of(), consoleErrors);
    }

    private String origin() {
        return root.toString().replaceAll("/$", "");
    }

    private String url(String pathAndQuery) {
        return origin() + pathAndQuery;
    }

    /**
     * The app's Permissions-Policy forbids reading the clipboard (it never needs to), so the test reads
     * it from a blank page of the same origin that carries no such header.
     */
    private String clipboard() {
        Page reader = context.newPage();
        reader.route(url("/__clipboard"), route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html").setBody("<!DOCTYPE html><title>clipboard</title>")));
        reader.navigate(url("/__clipboard"));
        String text = (String) reader.evaluate("navigator.clipboard.readText()");
        reader.close();
        return text;
    }

    private String script() {
        return String.join("", page.locator("#output .block-script").allTextContents());
    }

    private void waitForScriptContaining(String text) {
        page.waitForFunction("t => [...document.querySelectorAll('#output .block-script')].map(e => e.textContent).join('').includes(t)", text);
    }

    private void waitForScriptWithout(String text) {
        page.waitForFunction("t => !([...document.querySelectorAll('#output .block-script')].map(e => e.textContent).join('').includes(t))",
                text);
    }

    @Test
    void changingTheChannelRerendersTheScriptAndTheAddressWithoutAReload() {
        page.navigate(url("/"));
        page.evaluate("window.__stillTheSamePage = true");
        page.getByLabel("A repair VM you set up yourself").check();
        waitForScriptContaining("HKLM\\BROKENSYSTEM\\ControlSet002");
        assertTrue(page.url().endsWith("/?channel=manual&lang=en"), page.url());
        assertEquals(true, page.evaluate("window.__stillTheSamePage === true"));
        assertEquals(given().get("/script.txt?channel=manual").asString(), script());
    }

    @Test
    void aReRenderReplacesTheOutputOnceAndItsOwnHtmxButtonsStillAnswerInPlace() {
        page.navigate(url("/?steps=keep-alive"));
        page.evaluate("window.__stillTheSamePage = true");
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        page.waitForURL(u -> u.endsWith("/?dword=hex&steps=keep-alive&lang=en"));
        waitForScriptContaining("0x1");
        assertEquals(1, page.locator("section#output").count());
        String capture = FakeConsole.asConsole(FakeConsole.captureOutput(WritePlan.of(Requests.valid("steps=keep-alive")), Map.of(), Map.of()),
                "C:\\Windows\\system32>");
        page.locator("#capture").fill(capture);
        page.getByText("Build the undo script").click();
        page.locator("#undo-result .undo-script").first().waitFor();
        assertEquals(true, page.evaluate("window.__stillTheSamePage === true"), "the undo preview reloaded the page");
    }

    @Test
    void withoutAppJsHtmxStillReplacesTheOutputAsAWhole() {
        page.route(url("/assets/**/app.js"), route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/javascript").setBody("")));
        page.navigate(url("/"));
        page.getByLabel("A repair VM you set up yourself").check();
        waitForScriptContaining("HKLM\\BROKENSYSTEM\\ControlSet002");
        assertEquals(1, page.locator("section#output").count());
        assertEquals(given().get("/script.txt?channel=manual").asString(), script());
    }

    @Test
    void typingAHiveNameUpdatesTheScriptAndABadOneIsExplainedNextToIt() {
        page.navigate(url("/?channel=manual"));
        page.locator("#system").fill("SYS2");
        waitForScriptContaining("HKLM\\SYS2\\ControlSet001");
        assertTrue(page.url().contains("system=SYS2"), page.url());
        page.locator("#system").fill("SYSTEM");
        page.locator("#error-system").getByText("HKLM itself or one of its own keys").waitFor();
        assertTrue(page.locator("#error-system").textContent().startsWith("\"SYSTEM\": "), "no raw system=... syntax at the field");
        page.locator("#system[aria-invalid=true]").waitFor();
        assertEquals(0, page.locator("#output .block-script").count());
        assertTrue(page.locator("#output").textContent().contains("No script is shown: fix the fields marked in the form."));
        page.locator("#system").fill("SYS3");
        waitForScriptContaining("HKLM\\SYS3\\ControlSet001");
        page.locator("#system:not([aria-invalid])").waitFor();
        assertEquals("", page.locator("#error-system").textContent());
    }

    @Test
    void theAddressReproducesTheSameFormAndScriptInAFreshPage() {
        page.navigate(url("/"));
        page.getByLabel("A repair VM you set up yourself").check();
        waitForScriptContaining("BROKENSYSTEM");
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        waitForScriptContaining("/d 0xffffffff /f");
        page.getByLabel("RDP security layer: native RDP encryption").uncheck();
        page.waitForURL(u -> u.contains("steps="));
        String address = page.url();
        String expected = script();

        Page fresh = newPage(context);
        fresh.navigate(address);
        assertEquals(expected, String.join("", fresh.locator("#output .block-script").allTextContents()));
        assertTrue(fresh.getByLabel("REG_DWORD data in hex (0x...)").isChecked());
        assertTrue(!fresh.getByLabel("RDP security layer: native RDP encryption").isChecked());
        assertTrue(fresh.getByLabel("A repair VM you set up yourself").isChecked());
    }

    /** "What is wrong?" chooses the fix: the form keeps the channel, shows the fix's setting with its warning, its source. */
    @Test
    void theSymptomChoosesTheFixAndTheFormKeepsItsChannel() {
        page.navigate(url("/?channel=manual"));
        page.locator("#fix-nla-off").click();
        page.waitForURL(u -> u.contains("fix=nla-off") && u.contains("channel=manual"));
        waitForScriptContaining("/v UserAuthentication /t REG_DWORD /d 0 /f");
        assertTrue(script().contains("BROKENSYSTEM"));
        assertEquals("page", page.locator("#fix-nla-off").getAttribute("aria-current"));
        assertTrue(page.getByLabel("Network Level Authentication off").isChecked());
        assertTrue(page.locator("#warn-user-authentication").isVisible());
        assertTrue(page.locator("#fix-source a").getAttribute("href").endsWith("/cannot-connect-rdp-azure-vm"));
        assertTrue(page.locator("#fix-not-done").textContent().contains("Restart the VM"));
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        page.waitForURL(u -> u.contains("fix=nla-off") && u.contains("dword=hex"));
        waitForScriptContaining("/v UserAuthentication /t REG_DWORD /d 0x0 /f");
        assertTrue(!script().contains("SecurityLayer"), "only the chosen fix's values");
    }

    @Test
    void aPortTypedForRdpPortIsWrittenNamedInItsStepsLeftAndKeptInTheShareLink() {
        page.navigate(url("/"));
        page.locator("#fix-rdp-port").click();
        page.waitForURL(u -> u.contains("fix=rdp-port"));
        waitForScriptContaining("/v PortNumber /t REG_DWORD /d 3389 /f");
        assertTrue(page.locator("#note-port").textContent().contains("guest firewall and in the VM's NSG"));
        page.getByLabel("RDP port", new Page.GetByLabelOptions().setExact(true)).fill("50000");
        page.waitForURL(u -> u.contains("fix=rdp-port&port=50000"));
        waitForScriptContaining("/v PortNumber /t REG_DWORD /d 50000 /f");
        assertTrue(page.locator("#fix-not-done").textContent().contains("localport=50000"), page.locator("#fix-not-done").textContent());
        assertEquals("RDP port 50000", page.locator("#title-port").textContent());
        assertTrue(page.locator("#share").inputValue().contains("fix=rdp-port&port=50000"));
        page.getByLabel("RDP port", new Page.GetByLabelOptions().setExact(true)).fill("0xD3D");
        page.waitForURL(u -> u.contains("port=0xD3D"));
        assertTrue(page.locator("#error-port").textContent().contains("must be a whole number from 1 to 65535"),
                page.locator("#error-port").textContent());
        assertEquals("true", page.locator("#port").getAttribute("aria-invalid"));
        // Refused, the port is no longer 50000, nor 3389: the steps left name it as a placeholder.
        assertTrue(page.locator("#fix-not-done").textContent().contains("localport=<port>"), page.locator("#fix-not-done").textContent());
        assertEquals("RDP port <port>", page.locator("#title-port").textContent());
    }

    @Test
    void enableRdpWritesTerminalServerAndTheListenerAndThePolicyOnlyWhereItIsSet() {
        page.navigate(url("/?channel=manual&lang=nl"));
        page.locator("#fix-enable-rdp").click();
        page.waitForURL(u -> u.contains("fix=enable-rdp") && u.contains("channel=manual"));
        waitForScriptContaining("/v fEnableWinStation /t REG_DWORD /d 1 /f");
        assertTrue(script().contains("ControlSet002\\Control\\Terminal Server\n"), "Terminal Server per control set");
        assertTrue(script().contains("if not errorlevel 1 reg add \"%R_K%\" /v fDenyTSConnections"), "the policy only where it is set");
        assertTrue(page.locator("#desc-allow-connections").textContent().contains("alleen waar een policy hem al zet"));
        assertTrue(page.locator("#fix-not-done").textContent().contains("TermService"));
        assertEquals(0, page.locator("#fix-enable-rdp ~ .risk").count(), "no security warning");
        page.getByLabel("TSUserEnabled 0").uncheck();
        page.waitForURL(u -> u.contains("steps=allow-connections,ts-enabled,drain-mode,listener-on,logons-on"));
        waitForScriptWithout("TSUserEnabled");
        assertTrue(script().contains("TSServerDrainMode"));
    }

    @Test
    void firewallOffWarnsAtEachProfileAndPutsOnlyTheProfilesBackWithoutACapture() {
        page.navigate(url("/"));
        page.locator("#fix-firewall-off").click();
        page.waitForURL(u -> u.contains("fix=firewall-off"));
        waitForScriptContaining("FirewallPolicy\\PublicProfile");
        assertEquals(1, page.locator("#fix-firewall-off ~ .risk").count(), "weakens security, in the list");
        for (String profile : List.of("domain-profile", "private-profile", "public-profile")) {
            assertTrue(page.locator("#warn-" + profile).textContent().contains("guest firewall stops filtering"), profile);
        }
        assertTrue(page.locator("#security-summary").isVisible());
        assertTrue(page.locator("#security-back").textContent().contains("EnableFirewall 1"));
        page.getByLabel("Domain profile off").uncheck();
        page.waitForURL(u -> u.contains("steps=private-profile,public-profile"));
        page.getByLabel("Private profile off (StandardProfile)").uncheck();
        page.waitForURL(u -> u.contains("steps=public-profile&"));
        waitForScriptWithout("DomainProfile");
        assertTrue(!script().contains("StandardProfile") && script().contains("PublicProfile"), "only the public profile");
        assertTrue(page.locator("#fix-not-done").textContent().contains("Restart-Service mpssvc"));
    }

    @Test
    void credSspOracleSaysItsRiskAndTheUpdateToInstallAndWritesUnderSoftwareOnly() {
        page.navigate(url("/?channel=manual"));
        page.locator("#fix-credssp-oracle").click();
        page.waitForURL(u -> u.contains("fix=credssp-oracle") && u.contains("channel=manual"));
        waitForScriptContaining("/v AllowEncryptionOracle /t REG_DWORD /d 2 /f");
        assertTrue(page.locator("#warn-allow-encryption-oracle").textContent().contains("CVE-2018-0886"));
        assertTrue(page.locator("#fix-not-done").textContent().contains("Install the CredSSP update"));
        assertTrue(page.locator("#fix-source a").getAttribute("href").endsWith("/credssp-encryption-oracle-remediation"));
        assertTrue(script().contains("BROKENSOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters"));
        assertTrue(!script().contains("RDP-Tcp"), "nothing under the listener");
        assertEquals(0, page.locator("input[name=controlsets]").count(), "a SOFTWARE-only fix asks for no control set");
        assertTrue(page.locator("#security-back").isVisible(), "put security back is offered");
    }

    @Test
    void aNonCanonicalAddressTicksWhatItsScriptDoesAndTheNextChangeKeepsIt() {
        page.navigate(url("/?steps=KEEP-ALIVE"));
        assertTrue(page.getByLabel("Keep-alive", new Page.GetByLabelOptions().setExact(true)).isChecked());
        assertTrue(!page.getByLabel("RDP security layer: native RDP encryption").isChecked());
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        page.waitForURL(u -> u.endsWith("/?dword=hex&steps=keep-alive&lang=en"));
        assertEquals("", page.locator("#error-steps").textContent());
        assertEquals(given().get("/script.txt?dword=hex&steps=keep-alive").asString(), script());
    }

    @Test
    void aControlSetGivenAsANumberIsTickedAsTheOneTheScriptWrites() {
        page.navigate(url("/?channel=manual&controlsets=1"));
        assertTrue(page.getByLabel("ControlSet001").isChecked());
        assertTrue(!page.getByLabel("ControlSet002").isChecked());
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        page.waitForURL(u -> u.endsWith("/?channel=manual&controlsets=001&dword=hex&lang=en"));
        assertEquals(given().get("/script.txt?channel=manual&controlsets=001&dword=hex").asString(), script());
    }

    @Test
    void onlyTheActiveControlSetNeedsNoBoxTickedAndGreysThemAll() {
        page.navigate(url("/?channel=manual"));
        page.getByLabel("ControlSet001").uncheck();
        // Let that render land first: a second change while it is in flight aborts it (hx-sync replace),
        // and htmx logs the abort as a console error, which this test would then report.
        page.waitForURL(u -> u.contains("controlsets=002"));
        page.getByLabel("ControlSet002").uncheck();
        page.locator("#error-controlsets").getByText("choose at least one control set").waitFor();
        page.getByLabel("Only the active one", new Page.GetByLabelOptions().setExact(false)).check();
        page.waitForURL(u -> u.contains("current=yes"));
        assertEquals("", page.locator("#error-controlsets").textContent());
        assertTrue(script().contains("Select"), script());
        // Unused now, and looking it: the box faded, the label in the muted colour (which meets contrast).
        String muted = (String) page.locator(".description").first().evaluate("e => getComputedStyle(e).color");
        for (String set : List.of("001", "002")) {
            assertEquals("0.5", page.locator("input[value='" + set + "']").evaluate("e => getComputedStyle(e).opacity"), set);
            assertEquals(muted, page.locator("label:has(> input[value='" + set + "'])").evaluate("e => getComputedStyle(e).color"), set);
        }
    }

    @Test
    void theSafePresetKeepsTheModeAndTheHives() {
        page.navigate(url("/?channel=manual&system=SYS2&dword=hex"));
        page.getByText("Keep-alive and timeouts only").click();
        page.waitForURL(u -> u.contains("steps="));
        assertTrue(page.url().contains("channel=manual&system=SYS2") && page.url().contains("dword=hex"), page.url());
        assertTrue(!page.getByLabel("RDP security layer: native RDP encryption").isChecked());
        assertTrue(script().contains("HKLM\\SYS2\\ControlSet001") && !script().contains("SecurityLayer"), script());
    }

    @Test
    void copyAllPutsExactlyTheScriptOnTheClipboard() {
        page.navigate(url("/?channel=manual&dword=hex"));
        assertTrue(page.locator("#copy-all").textContent().contains("elevated cmd prompt, not the Serial Console"));
        page.locator("#copy-all").click();
        page.locator("#copy-status").getByText("Copied").waitFor();
        assertEquals(given().get("/script.txt?channel=manual&dword=hex").asString(), clipboard());
    }

    @ParameterizedTest
    @CsvSource({"/", "/?channel=manual", "/?channel=manual&lang=nl"})
    void theGuidedCopyWalksThroughTheBlocksInOrderAndMarksEach(String address) {
        page.navigate(url(address));
        int blocks = page.locator("#output .block-script").count();
        var next = page.locator("#copy-next");
        assertTrue(next.isVisible(), "the first action is copying block 1");
        for (int i = 1; i <= blocks; i++) {
            assertTrue(next.textContent().contains(i + (address.contains("nl") ? " van " : " of ") + blocks), next.textContent());
            assertTrue(page.locator("#block-title-" + i + " .copied-mark").isHidden());
            next.click();
            page.locator("#block-title-" + i + " .copied-mark").waitFor();
            assertEquals(page.locator("#block-" + i).textContent(), clipboard(), "block " + i);
        }
        assertEquals(address.contains("nl") ? "Alle blokken gekopieerd (" + blocks + ")" : "All blocks copied (" + blocks + ")", next.textContent());
    }

    /**
     * On a phone the script follows the form, as the keyboard does, and a bar at the foot of the screen
     * says what the script is now, where the change is made, and takes you to it in one tap.
     */
    @ParameterizedTest
    @CsvSource({"/", "/?channel=manual"})
    void onAPhoneTheScriptFollowsTheFormAndABarAtTheFootTakesYouThereInOneTap(String address) {
        page.setViewportSize(390, 844);
        page.navigate(url(address));
        assertTrue(page.locator("#state").boundingBox().y < page.locator("#output").boundingBox().y, "the script comes after the form");
        Locator bar = page.locator(".summary-bar");
        var box = bar.boundingBox();
        assertTrue(box.y >= 0 && box.y + box.height <= 844, "the bar is on the first screen: " + box.y);
        String query = address.replaceFirst("^/\\??", "");
        int values = WritePlan.of(Requests.valid(query)).writes().size();
        assertEquals("Script: " + pasteBlocks(page.locator("#output pre.block-script").count()) + ", " + values + " values.",
                page.locator("#announce").textContent());
        page.getByLabel("Keep-alive", new Page.GetByLabelOptions().setExact(false)).first().uncheck();
        page.waitForFunction("() => document.getElementById('announce').textContent.startsWith('Script updated')");
        String withoutKeepAlive = String.join(",", io.rdpfix.catalog.Catalog.DISCONNECTS.settingIds().stream().filter(step -> !step.equals("keep-alive")).toList());
        int left = WritePlan.of(Requests.valid(query + (query.isEmpty() ? "" : "&") + "steps=" + withoutKeepAlive)).writes().size();
        assertEquals("Script updated: " + pasteBlocks(page.locator("#output pre.block-script").count()) + ", " + left + " values.",
                page.locator("#announce").textContent());
        box = bar.boundingBox();
        assertTrue(box.y >= 0 && box.y + box.height <= 844, "the change shows where it was made: " + box.y);
        bar.getByRole(AriaRole.LINK).click();
        page.waitForFunction("() => { const r = document.getElementById('output').getBoundingClientRect(); return r.top >= -1 && r.top < 200; }");
    }

    @Test
    void whatChangesListsEveryValueTheFixWritesWithItsKeyAndData() {
        page.navigate(url("/?channel=manual&steps=keep-alive"));
        WritePlan plan = WritePlan.of(Requests.valid("channel=manual&steps=keep-alive"));
        page.getByText("What changes (" + plan.writes().size() + " values)").click();
        var rows = page.locator(".changes tbody tr");
        assertEquals(plan.writes().size(), rows.count());
        for (int i = 0; i < plan.writes().size(); i++) {
            var write = plan.writes().get(i);
            String row = rows.nth(i).textContent();
            assertTrue(row.contains(write.name()) && row.contains(write.key().key().path())
                    && row.contains("REG_DWORD 0x" + Long.toHexString(write.value().data().value())), row);
        }
    }

    @Test
    void aSectionTheUserOpenedStaysOpenWhenTheOutputIsRenderedAgainAndOneLeftClosedStaysClosed() {
        page.navigate(url("/?channel=manual"));
        page.getByText("Step 0, optional: capture the current values first").click();
        page.locator("#step-zero[open]").waitFor();
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        waitForScriptContaining("/d 0xffffffff /f");
        assertTrue((Boolean) page.evaluate("document.getElementById('step-zero').open"), "step 0 was closed by the re-render");
        page.locator("#capture-block-1").waitFor();
        assertEquals(false, page.evaluate("document.getElementById('changes').open"));
    }

    /** The re-render sends step 0 empty; opened, it loads, and shows the capture of the state now shown. */
    @Test
    void stepZeroOpenWhileTheSelectionChangesShowsTheCaptureOfTheNewSelection() {
        page.navigate(url("/?channel=manual&steps=keep-alive"));
        page.getByText("Step 0, optional: capture the current values first").click();
        String before = String.join("", page.locator("#step-zero .capture-script").allTextContents());
        page.locator("input[name=steps][value=max-instances]").check();
        page.waitForURL(address -> address.contains("max-instances"));
        String query = java.net.URI.create(page.url()).getRawQuery();
        String capture = given().get("/capture.txt?" + query).asString();
        assertTrue(!capture.equals(before), "the two selections capture different values");
        page.waitForFunction("t => [...document.querySelectorAll('#step-zero .capture-script')].map(e => e.textContent).join('') === t", capture);
    }

    @Test
    void whatChangesOpenedAfterAReRenderLoadsItsTableOnceForTheStateShown() {
        List<String> loads = new ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/output/changes")) {
                loads.add(request.url());
            }
        });
        page.navigate(url("/?steps=keep-alive"));
        page.locator("input[name=steps][value=security-layer]").check();
        page.waitForURL(address -> address.contains("security-layer"));
        String query = java.net.URI.create(page.url()).getRawQuery();
        WritePlan plan = WritePlan.of(Requests.valid(query));
        var summary = page.getByText("What changes (" + plan.writes().size() + " values)");
        summary.click();
        var rows = page.locator("#changes tbody tr");
        rows.first().waitFor();
        assertEquals(plan.writes().size(), rows.count());
        assertTrue(rows.first().textContent().contains(plan.writes().get(0).name()), rows.first().textContent());
        summary.click();
        summary.click();
        page.locator("#changes[open]").waitFor();
        assertEquals(List.of(url("/output/changes?" + query)), loads);
    }

    @Test
    void theCaptureComesFirstAsStepZeroAndItsBlocksAndTheUndosCopyOneByOne() {
        page.navigate(url("/?channel=manual&steps=keep-alive"));
        assertTrue((Boolean) page.evaluate("document.querySelector('.step-zero').compareDocumentPosition(document.getElementById('block-1'))"
                + " & Node.DOCUMENT_POSITION_FOLLOWING ? true : false"), "step 0 comes before the fix");
        page.getByText("Step 0, optional: capture the current values first").click();
        int blocks = page.locator(".step-zero .capture-script").count();
        assertTrue(blocks >= 2, "offline capture has several blocks: " + blocks);
        StringBuilder copied = new StringBuilder();
        for (int i = 1; i <= blocks; i++) {
            page.locator(".step-zero").getByText("Copy block " + i, new Locator.GetByTextOptions().setExact(true)).click();
            page.locator("#copy-status").getByText("Copied").waitFor();
            String block = clipboard();
            assertEquals(page.locator("#capture-block-" + i).textContent(), block);
            copied.append(block);
        }
        assertEquals(given().get("/capture.txt?channel=manual&steps=keep-alive").asString(), copied.toString());

        WritePlan plan = WritePlan.of(Requests.valid("channel=manual&steps=keep-alive"));
        page.locator("#capture").fill(FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(), Map.of()), "C:\\Windows\\system32>"));
        page.getByText("Build the undo script").click();
        page.locator("#undo-block-1").waitFor();
        page.locator("#undo-result").getByText("Copy block 1", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#copy-status").getByText("Copied").waitFor();
        assertEquals(page.locator("#undo-block-1").textContent(), clipboard());
    }

    /** A capture of the selection, as pasted from a console, that saw SecurityLayer with this data and nothing else. */
    private static String captureWithSecurityLayer(String query, long data) {
        WritePlan plan = WritePlan.of(Requests.valid(query));
        String listener = plan.keys().get(0).key().path();
        return FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(),
                Map.of(listener + "|SecurityLayer", new io.rdpfix.registry.RegValue.Dword(data))), "C:\\Windows\\system32>");
    }

    @Test
    void aSelectionThatWeakensSecuritySaysSoAboveTheCopyButtonsWithAScriptThatPutsItBack() {
        page.navigate(url("/?steps=security-layer,keep-alive"));
        var summary = page.locator("#security-summary");
        assertTrue(summary.textContent().contains("weakens RDP security (SecurityLayer 0)"), summary.textContent());
        assertTrue((Boolean) page.evaluate("document.getElementById('security-summary').nextElementSibling.contains(document.getElementById('copy-next'))"),
                "right above the copy buttons");
        page.locator("#security-back summary").click();
        assertTrue(page.locator("#security-back").textContent().contains("Without a capture it sets SecurityLayer 2, the values Microsoft recommends"));
        page.locator("#security-back").getByText("Copy block 1", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#copy-status").getByText("Copied").waitFor();
        String copied = clipboard();
        assertTrue(copied.contains("/v SecurityLayer /t REG_DWORD /d 2 /f") && !copied.contains("KeepAlive"), copied);

        page.locator("#capture").fill(captureWithSecurityLayer("steps=security-layer,keep-alive", 1));
        page.getByText("Build the undo script").click();
        // Not "[open]": the summary clicked above opened the put-back already, so only its new text marks the swap.
        page.locator("#security-back").getByText("as your capture saw them").waitFor();
        assertTrue(page.locator("#security-back .security-script").first().textContent().contains("/v SecurityLayer /t REG_DWORD /d 1 /f"));
        assertEquals(1, page.locator("#security-back").count(), "one put-back, in its own place");
        assertEquals(0, page.locator("#undo-result #security-back").count(), "not inside the undo result");

        page.navigate(url("/?steps=keep-alive"));
        assertEquals(0, page.locator("#security-summary").count());
        assertEquals(0, page.locator("#security-back").count());
    }

    @Test
    void withJavaScriptTheUndoPreviewAddsWhatWasThereBeforeToWhatChanges() {
        String query = "steps=security-layer";
        String capture = captureWithSecurityLayer(query, 2);
        page.navigate(url("/?" + query));
        page.evaluate("window.__stillTheSamePage = true");
        assertFalse(page.locator("#changes thead").textContent().contains("Before (captured)"));
        page.locator("#capture").fill(capture);
        page.getByText("Build the undo script").click();
        page.locator("#changes thead th:has-text('Before (captured)')").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        String row = page.locator("#changes tbody tr").first().textContent();
        assertTrue(row.contains("REG_DWORD 0x2 (2)") && row.contains("REG_DWORD 0x0 (0)"), row);
        assertEquals(true, page.evaluate("window.__stillTheSamePage === true"));
        assertEquals(1, page.locator("#changes").count());
    }

    /**
     * A screen reader hears one short sentence per change, not the script: the output is no live
     * region, and a polite status outside it says what changed, for a re-render, an undo and a check.
     */
    @Test
    void screenReadersHearAShortSummaryOfEachChangeNotTheScript() {
        String query = "steps=security-layer";
        String capture = captureWithSecurityLayer(query, 2);
        page.navigate(url("/?" + query));
        assertEquals(null, page.locator("#output").getAttribute("aria-live"));
        Locator status = page.locator("#announce[role=status]");
        assertEquals("Script: " + pasteBlocks(page.locator("#output pre.block-script").count()) + ", 1 value.", status.textContent());
        page.locator("#capture").fill(capture);
        page.getByText("Build the undo script").click();
        page.waitForFunction("() => document.getElementById('announce').textContent.startsWith('Undo')");
        assertEquals("Undo script ready: " + pasteBlocks(page.locator("#undo-result pre.undo-script").count()) + ".", status.textContent());
        assertEquals(null, page.locator("#undo-result").getAttribute("aria-live"));
        page.getByLabel("Keep-alive", new Page.GetByLabelOptions().setExact(false)).first().check();
        page.waitForFunction("() => document.getElementById('announce').textContent.startsWith('Script')");
        assertEquals("Script updated: " + pasteBlocks(page.locator("#output pre.block-script").count()) + ", 4 values.", status.textContent());
        page.locator("#check").fill(captureWithSecurityLayer("steps=security-layer,keep-alive", 0));
        page.getByText("Check the values").click();
        page.waitForFunction("() => !document.getElementById('announce').textContent.startsWith('Script')");
        assertEquals(page.locator("#check-verdict").textContent(), status.textContent());
    }

    private static String pasteBlocks(int count) {
        return count + (count == 1 ? " paste block" : " paste blocks");
    }

    @Test
    void withACapturePastedWhatChangesShowsWhatWasThereBefore() {
        String query = "steps=security-layer";
        String capture = captureWithSecurityLayer(query, 2);
        BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("/?" + query));
        assertEquals(0, plain.getByText("Before (captured)").count());
        plain.locator("#capture").fill(capture);
        plain.getByText("Build the undo script").click();
        plain.locator("#undo-result .undo-script").first().waitFor();
        plain.getByText("What changes (1 value)").click();
        String row = plain.locator(".changes tbody tr").first().textContent();
        assertTrue(plain.locator(".changes thead").textContent().contains("Before (captured)"));
        assertTrue(row.contains("REG_DWORD 0x2 (2)") && row.contains("REG_DWORD 0x0 (0)"), row);
        assertEquals(1, plain.locator("#security-back").count(), "one put-back, in its own place");
        assertEquals(0, plain.locator("#undo-result #security-back").count(), "not inside the undo result");
        assertTrue(plain.locator("#security-back .security-script").first().textContent().contains("/v SecurityLayer /t REG_DWORD /d 2 /f"));
        noScript.close();
    }

    @Test
    void withoutJavaScriptThereIsNoGuidedCopyButton() {
        BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("/"));
        assertTrue(plain.locator("#copy-next").isHidden());
        noScript.close();
    }

    @Test
    void eachBlockCopiesItsOwnTextAndFitsThePasteLimit() {
        page.navigate(url("/"));
        int blocks = page.locator("#output .block-script").count();
        assertTrue(page.locator("#block-count").textContent().startsWith(blocks + " paste block"));
        for (int i = 1; i <= blocks; i++) {
            page.getByLabel("Copy block " + i).click();
            page.locator("#copy-status").getByText("Copied").waitFor();
            String copied = clipboard();
            assertEquals(page.locator("#block-" + i).textContent(), copied);
            assertTrue(copied.length() + copied.split("\n").length <= 2048, "block " + i);
            assertTrue(copied.endsWith("\n"));
        }
    }

    /** A preset per way to the VM, each a whole page of its own; and the sources the steps rest on, linked. */
    @Test
    void thePresetsReachEveryChannelAndThePageLinksItsSources() {
        page.navigate(url("/?lang=nl"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Het artikel, met az vm repair")).click();
        page.waitForURL(u -> u.endsWith("/?channel=repair&lang=nl"));
        assertTrue(page.locator("input[name=channel][value=repair]").isChecked());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Het artikel, met Run Command")).click();
        page.waitForURL(u -> u.endsWith("/?channel=runcommand&lang=nl"));
        assertTrue(page.locator("input[name=channel][value=runcommand]").isChecked());
        Locator sources = page.locator("#sources a");
        assertEquals(List.of("https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/troubleshoot-rdp-intermittent-connectivity",
                "https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/serial-console-windows",
                "https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/troubleshoot-recovery-disks-portal-windows",
                "https://learn.microsoft.com/azure/virtual-machines/windows/run-command",
                "https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/repair-windows-vm-using-azure-virtual-machine-repair-commands"),
                sources.all().stream().map(a -> a.getAttribute("href")).toList());
    }

    @Test
    void choosingRunCommandGivesItsScriptAndCommandsAndNoHives() {
        page.navigate(url("/"));
        page.getByLabel("Run Command: the VM agent still answers", new Page.GetByLabelOptions().setExact(false)).check();
        page.locator("#commands-need-vm").waitFor();
        assertTrue(page.url().endsWith("/?channel=runcommand&lang=en"), page.url());
        assertFalse(page.getByLabel("Name of the loaded SYSTEM hive (under HKLM)").isVisible(), "Run Command works online");
        assertEquals("Download rdpfix-runcommand.ps1", page.locator("#download-ps1").textContent());
        page.getByLabel("Resource group").fill("rg-prod(west)");
        // One change at a time: a second one would abort the first request, which htmx logs as an error.
        page.waitForCondition(() -> page.url().contains("rg=rg-prod"));
        page.getByLabel("VM name").fill("web-01");
        page.locator("#cmd-bash-2").waitFor();
        // Leave the field as a user does before reaching for a button: its change re-renders the output
        // once more. Done by the click instead, that re-render raced the copy (and replaced the status).
        page.evaluate("() => { window.rdpfixSettled = false; document.body.addEventListener('htmx:afterSettle',"
                + " () => { window.rdpfixSettled = true; }, { once: true }); }");
        page.getByLabel("VM name").press("Tab");
        page.waitForFunction("() => window.rdpfixSettled");
        assertTrue(page.url().endsWith("/?channel=runcommand&rg=rg-prod(west)&vm=web-01&lang=en")
                || page.url().endsWith("/?channel=runcommand&rg=rg-prod%28west%29&vm=web-01&lang=en"), page.url());
        String bash = "az vm run-command invoke -g 'rg-prod(west)' -n 'web-01' --command-id RunPowerShellScript"
                + " --scripts \"@$HOME/rdpfix-runcommand.ps1\" --query 'value[].message' -o tsv";
        assertEquals(bash, page.locator("#cmd-bash-2").textContent());
        assertEquals(bash.replace("rdpfix-runcommand.ps1", "rdpfix-capture-runcommand.ps1"), page.locator("#cmd-bash-1").textContent());
        // The copy is asynchronous: read at once, the clipboard could still hold an earlier test's copy.
        page.locator("#cmd-bash-2").locator("xpath=..").getByRole(AriaRole.BUTTON).click();
        page.locator("#copy-status").getByText("Copied").waitFor();
        assertEquals(bash, clipboard());
        page.locator("#cmd-powershell-2").locator("xpath=..").getByRole(AriaRole.BUTTON).click();
        page.locator("#copy-status").getByText("Copied").waitFor();
        assertEquals(page.locator("#cmd-powershell-2").textContent(), clipboard());
        assertTrue(clipboard().startsWith("(Invoke-AzVMRunCommand -ResourceGroupName 'rg-prod(west)' -VMName 'web-01'"), clipboard());
        // Step 0 runs the capture the same way, never a paste the channel cannot take.
        page.locator("#step-zero summary").click();
        Locator capture = page.locator("#download-capture-ps1");
        assertEquals("Download rdpfix-capture-runcommand.ps1", capture.textContent());
        assertTrue(capture.getAttribute("href").startsWith("/capture.ps1?channel=runcommand&"), capture.getAttribute("href"));
        assertEquals(0, page.locator("#step-zero .capture-script").count());
    }

    @Test
    void choosingRepairShowsTheHivesButNotTheirLoadingWhichItsScriptDoes() {
        page.navigate(url("/?rg=g&vm=v"));
        page.getByLabel("az vm repair: the VM does not boot", new Page.GetByLabelOptions().setExact(false)).check();
        page.locator("#cmd-bash-5").waitFor();
        assertTrue(page.url().endsWith("/?channel=repair&rg=g&vm=v&lang=en"), page.url());
        assertTrue(page.getByLabel("Name of the loaded SYSTEM hive (under HKLM)").isVisible());
        assertFalse(page.getByLabel("The script loads and unloads the hives itself (reg load / reg unload)").isVisible());
        // The capture between create and the fix's run, on the same repair VM.
        assertEquals("az vm repair create -g 'g' -n 'v' --verbose", page.locator("#cmd-bash-3").textContent());
        assertEquals("az vm repair run -g 'g' -n 'v' --custom-script-file ~/rdpfix-capture-repair.ps1 --run-on-repair --verbose",
                page.locator("#cmd-bash-4").textContent());
        assertEquals("az vm repair run -g 'g' -n 'v' --custom-script-file ~/rdpfix-repair.ps1 --run-on-repair --verbose",
                page.locator("#cmd-bash-5").textContent());
        // The undo built from a capture goes the same way, as its own .ps1.
        assertEquals("Download rdpfix-undo-repair.ps1", page.locator("#download-undo-ps1").textContent());
        page.getByLabel("Serial Console: paste", new Page.GetByLabelOptions().setExact(false)).check();
        page.locator("#copy-all").waitFor();
        assertTrue(page.url().endsWith("/?rg=g&vm=v&lang=en"), page.url());
    }

    @Test
    void aRepairVmSetUpByHandIsItsOwnChannelAndTheSerialConsoleIsOnlineOnly() {
        page.navigate(url("/"));
        assertEquals(0, page.locator("input[name=mode]").count(), "every channel decides its mode");
        assertFalse(page.getByText("Serial Console: paste", new Page.GetByTextOptions().setExact(false)).textContent().contains("offline"));
        page.getByLabel("A repair VM you set up yourself", new Page.GetByLabelOptions().setExact(false)).check();
        waitForScriptContaining("HKLM\\BROKENSYSTEM\\ControlSet002");
        assertTrue(page.url().endsWith("/?channel=manual&lang=en"), page.url());
        assertTrue(page.getByLabel("The script loads and unloads the hives itself (reg load / reg unload)").isVisible());
        assertFalse(page.getByLabel("Resource group").isVisible(), "no Cloud Shell commands for a VM set up by hand");
        // A link made before the channel existed opens the same form, and its share link is the new one.
        page.navigate(url("/?channel=manual&dword=hex&lang=en"));
        assertTrue(page.locator("input[name=channel][value=manual]").isChecked());
        assertTrue(page.locator("#share").inputValue().endsWith("/?channel=manual&dword=hex&lang=en"), page.locator("#share").inputValue());
    }

    @Test
    void onRepairTheUndoTheFixRecordsOnTheDiskRunsOnASecondRepairVmWithItsOwnDownloadAndCommands() {
        page.navigate(url("/?channel=repair&rg=g&vm=v"));
        Locator download = page.locator("#download-recorded-undo-ps1");
        assertEquals("Download rdpfix-recorded-undo-repair.ps1", download.textContent());
        assertTrue(download.getAttribute("href").startsWith("/recorded-undo.ps1?channel=repair&"), download.getAttribute("href"));
        List<String> bash = page.locator("#output pre.command[id^=cmd-bash-]").allTextContents();
        int run = bash.indexOf("az vm repair run -g 'g' -n 'v' --custom-script-file ~/rdpfix-recorded-undo-repair.ps1 --run-on-repair --verbose");
        assertTrue(run > 0, bash.toString());
        assertEquals("az vm repair create -g 'g' -n 'v' --verbose", bash.get(run - 1), "a second repair VM first");
        assertEquals("az vm repair restore -g 'g' -n 'v' --verbose", bash.get(run + 1), "then the disk goes back");
        assertTrue(page.locator("#repair-after").textContent().contains("Windows\\rdpfix"), page.locator("#repair-after").textContent());
        page.navigate(url("/?channel=repair&undo=off&rg=g&vm=v"));
        assertEquals(0, page.locator("#download-recorded-undo-ps1").count(), "no record, no recorded undo");
    }

    @Test
    void aBadVmNameIsExplainedNextToItAndNoCommandIsShown() {
        page.navigate(url("/?channel=repair&rg=g"));
        page.getByLabel("VM name").fill("web_01");
        page.locator("#error-vm:not(:empty)").waitFor();
        assertTrue(page.locator("#error-vm").textContent().startsWith("\"web_01\": must be a Windows VM's name"),
                page.locator("#error-vm").textContent());
        assertEquals("true", page.getByLabel("VM name").getAttribute("aria-invalid"));
        assertEquals(0, page.locator("#output pre.command").count());
    }

    @Test
    void aFieldTheChannelDoesNotUseStaysInSightWhileItHoldsAnErrorAndGoesOnceItIsFixed() {
        page.navigate(url("/?channel=runcommand&rg=g&vm=web_01"));
        page.locator("#error-vm:not(:empty)").waitFor();
        page.getByLabel("Serial Console: paste into the VM's own console, online").check();
        page.waitForURL(u -> u.endsWith("/?rg=g&vm=web_01&lang=en"));
        assertTrue(page.locator("#output .no-script").isVisible(), "the output says a field must be fixed");
        assertTrue(page.getByLabel("VM name").isVisible(), "the field to fix is hidden with the Azure fields");
        page.getByLabel("VM name").fill("web-01");
        waitForScriptContaining("RDP-Tcp");
        page.getByLabel("VM name").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /** A typo in a field takes the output away; the captures pasted for the undo and the check come back with it. */
    @Test
    void aPastedCaptureOutlivesAnInvalidFieldAndItsFix() {
        page.navigate(url("/?channel=manual"));
        page.locator("#capture").fill("pasted for the undo\n#rdpfix begin");
        page.locator("#check").fill("pasted for the check");
        page.getByLabel("Name of the loaded SYSTEM hive (under HKLM)").fill("BROKEN SYSTEM");
        page.locator("#output .no-script").waitFor();
        page.getByLabel("Name of the loaded SYSTEM hive (under HKLM)").fill("BROKENSYS");
        waitForScriptContaining("BROKENSYS\\ControlSet001");
        assertEquals("pasted for the undo\n#rdpfix begin", page.locator("#capture").inputValue());
        assertEquals("pasted for the check", page.locator("#check").inputValue());
    }

    @Test
    void thePowerShellDownloadIsByteForByteTheScriptPs1() throws Exception {
        page.navigate(url("/?channel=repair&current=yes&lang=nl"));
        Download download = page.waitForDownload(() -> page.locator("#download-ps1").click());
        assertEquals("rdpfix-repair.ps1", download.suggestedFilename());
        assertArrayEquals(given().get("/script.ps1?channel=repair&current=yes&lang=nl").asByteArray(), Files.readAllBytes(download.path()));
    }

    @Test
    void theDownloadIsByteForByteTheScriptCmd() throws Exception {
        page.navigate(url("/?channel=manual&steps=keep-alive&lang=nl"));
        Download download = page.waitForDownload(() -> page.locator("#download").click());
        assertEquals("rdpfix-offline.cmd", download.suggestedFilename());
        byte[] expected = given().get("/script.cmd?channel=manual&steps=keep-alive&lang=nl").asByteArray();
        assertArrayEquals(expected, Files.readAllBytes(download.path()));
    }

    @Test
    void didItWorkShowsEveryValueFailuresFirstWithAndWithoutJavaScript() {
        String query = "steps=security-layer,keep-alive";
        WritePlan plan = WritePlan.of(Requests.valid(query));
        Map<String, io.rdpfix.registry.RegValue> values = new java.util.HashMap<>();
        plan.writes().forEach(w -> values.put(w.key().key().path() + "|" + w.name(), w.value().data()));
        String allOk = FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(), values), "C:\\Windows\\system32>");
        var last = plan.writes().get(plan.writes().size() - 1);
        values.remove(last.key().key().path() + "|" + last.name());
        String oneAbsent = FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(), values), "C:\\Windows\\system32>");

        page.navigate(url("/?" + query));
        page.locator("#check").fill(allOk);
        page.getByText("Check the values").click();
        page.locator("#check-verdict").getByText("All 4 values are as the fix writes them.").waitFor();
        assertEquals(4, page.locator("#check-result tbody tr.ok").count());
        page.locator("#check").fill(oneAbsent);
        page.getByText("Check the values").click();
        page.locator("#check-verdict").getByText("1 of 4 values").waitFor();
        var firstRow = page.locator("#check-result tbody tr").first();
        assertTrue(firstRow.getAttribute("class").contains("failed") && firstRow.textContent().contains(last.name())
                && firstRow.textContent().contains("(absent)") && firstRow.textContent().contains("paste that block"), firstRow.textContent());

        BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("/?" + query + "&lang=nl"));
        plain.locator("#check").fill(oneAbsent);
        plain.getByText("Waarden controleren").click();
        plain.locator("#check-verdict").getByText("1 van 4 waarden").waitFor();
        assertTrue(plain.locator("#check-result tbody tr").first().textContent().contains("ontbreekt"));
        noScript.close();
    }

    @Test
    void aPastedCaptureGivesTheUndoScript() {
        page.navigate(url("/?steps=keep-alive"));
        WritePlan plan = WritePlan.of(Requests.valid("steps=keep-alive"));
        String capture = FakeConsole.asConsole(FakeConsole.captureOutput(plan, Map.of(), Map.of()), "C:\\Windows\\system32>");
        page.locator("#capture").fill(capture);
        page.getByText("Build the undo script").click();
        page.locator("#undo-result .undo-script").first().waitFor();
        String undo = page.locator("#undo-result").textContent();
        assertTrue(undo.contains("reg delete \"%R_W2%\" /v KeepAliveEnable /f"), undo);
        assertTrue(undo.contains("echo rdpfix: %R_V%"), undo);
        page.locator("#capture").fill("nonsense");
        page.getByText("Build the undo script").click();
        page.locator("#undo-error").getByText("not an rdpfix capture").waitFor();
    }

    @Test
    void aPastedCaptureSurvivesLaterChangesOfTheForm() {
        page.navigate(url("/?steps=keep-alive"));
        String capture = FakeConsole.asConsole(FakeConsole.captureOutput(WritePlan.of(Requests.valid("steps=keep-alive")), Map.of(), Map.of()),
                "C:\\Windows\\system32>");
        page.locator("#capture").fill(capture);
        String pasted = page.locator("#capture").inputValue();
        page.getByLabel("REG_DWORD data in hex (0x...)").check();
        page.waitForURL(u -> u.endsWith("/?dword=hex&steps=keep-alive&lang=en"));
        page.locator("#lang-switch[href*='dword=hex']").waitFor();
        assertTrue(pasted.contains("#rdpfix begin"));
        assertEquals(pasted, page.locator("#capture").inputValue());
        page.getByText("Build the undo script").click();
        page.locator("#undo-result .undo-script").first().waitFor();
        assertTrue(page.locator("#undo-result").textContent().contains("KeepAliveEnable"));
    }

    @Test
    void withJavaScriptTheUpdateButtonIsHidden() {
        page.navigate(url("/"));
        assertTrue(page.locator("#update").isHidden());
    }

    @Test
    void withoutJavaScriptThePlainFormSubmitGivesTheSamePage() {
        BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page plain = noScript.newPage();
        plain.navigate(url("/"));
        plain.getByLabel("A repair VM you set up yourself").check();
        plain.getByText("Update the script").click();
        plain.waitForURL(u -> u.contains("channel=manual"));
        assertTrue(String.join("", plain.locator("#output .block-script").allTextContents()).contains("HKLM\\BROKENSYSTEM\\ControlSet001"));
        noScript.close();
    }

    @Test
    void theLanguageSwitchKeepsTheState() {
        page.navigate(url("/?channel=manual&dword=hex"));
        page.locator("#lang-switch").click();
        page.waitForURL(u -> u.contains("lang=nl"));
        assertEquals("nl", page.locator("html").getAttribute("lang"));
        assertTrue(script().contains("waarden gecontroleerd") && script().contains("/d 0xffffffff /f"));
        assertTrue(page.getByLabel("Een herstel-VM die u zelf opzet").isChecked());
    }

    /**
     * A Dutch browser gets the Dutch page; its "English" link once reloaded it in Dutch (no lang=en),
     * and an English page's share link and download came out Dutch. The language chosen on the page
     * is in every link it makes.
     */
    @Test
    void aDutchBrowserSwitchesToEnglishAndEveryLinkKeepsIt() throws Exception {
        BrowserContext dutch = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("nl-NL"));
        try {
            Page nl = newPage(dutch);
            nl.navigate(url("/?channel=manual"));
            assertEquals("nl", nl.locator("html").getAttribute("lang"));
            nl.locator("#lang-switch").click();
            nl.waitForURL(u -> u.contains("lang=en"));
            assertEquals("en", nl.locator("html").getAttribute("lang"));
            assertTrue(nl.getByLabel("A repair VM you set up yourself").isChecked());
            assertTrue(nl.locator("#share").inputValue().contains("lang=en"), nl.locator("#share").inputValue());
            Download download = nl.waitForDownload(() -> nl.locator("#download").click());
            String batch = Files.readString(download.path());
            assertTrue(batch.contains("values verified") && !batch.contains("waarden gecontroleerd"), batch.lines().limit(5).toList().toString());
            nl.navigate(url("/?" + java.net.URI.create(nl.locator("#share").inputValue()).getRawQuery()));
            assertEquals("en", nl.locator("html").getAttribute("lang"), "the share link opens in English in a Dutch browser");
        } finally {
            dutch.close();
        }
    }

    /** WCAG's contrast ratio of two "rgb(r, g, b)" colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(parts[i]) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"LIGHT", "DARK"})
    void theFocusRingStandsOutFromThePanelAndThePage(ColorScheme scheme) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
        page.navigate(url("/?channel=manual"));
        page.locator("#system").focus();
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab");
        String ring = (String) page.evaluate("getComputedStyle(document.activeElement).outlineColor");
        assertEquals("system", page.evaluate("document.activeElement.id"));
        assertEquals("solid 3px", page.evaluate("getComputedStyle(document.activeElement).outlineStyle + ' '"
                + " + getComputedStyle(document.activeElement).outlineWidth"), "the page's own focus ring is drawn");
        for (String behind : List.of("#state", "body")) {
            String background = (String) page.locator(behind).evaluate("e => getComputedStyle(e).backgroundColor");
            assertTrue(contrast(ring, background) >= 3, scheme + " ring " + ring + " on " + behind + " " + background);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"online-en, /?lang=en, LIGHT", "offline-en, /?channel=manual&lang=en, LIGHT", "online-nl, /?lang=nl, DARK",
            "offline-nl, /?channel=manual&lang=nl&system=SYSTEM, DARK", "runcommand-en, /?channel=runcommand&rg=rg(1)&vm=web-01, LIGHT",
            "repair-nl, /?channel=repair&lang=nl&rg=rg&vm=vm, DARK", "active-set-en, /?channel=manual&current=yes&lang=en, LIGHT",
            "active-set-nl, /?channel=manual&current=yes&lang=nl, DARK"})
    void noAccessibilityViolations(String name, String path, ColorScheme scheme) throws Exception {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
        page.navigate(url(path));
        List<String> violations = new ArrayList<>();
        for (Rule violation : new AxeBuilder(page).analyze().getViolations()) {
            violations.add(violation.getImpact() + " " + violation.getId() + ": " + violation.getHelp() + " "
                    + violation.getNodes().get(0).getHtml());
        }
        // Screenshots to look at, on demand (-Dscreenshots=true): each costs a second or more of the build.
        if (Boolean.getBoolean("screenshots")) {
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")));
        }
        assertEquals(List.of(), violations);
    }
}
