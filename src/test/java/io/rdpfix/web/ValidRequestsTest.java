package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.rdpfix.catalog.Catalog;
import io.rdpfix.catalog.Fix;
import io.rdpfix.catalog.Setting;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.HiveName;
import io.rdpfix.script.WritePlan;
import io.rdpfix.support.FakeConsole;
import io.rdpfix.support.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No valid request gets anything but a 200: every endpoint, both forms, both languages, over
 * random points of the whole valid parameter space and its corners (the most control sets, the
 * longest hive names, loadhives, Dutch, hex). Seeded, so that a failure names a query that fails
 * again.
 */
@QuarkusTest
class ValidRequestsTest {
    private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private static String query(Random random) {
        List<String> parts = new ArrayList<>();
        boolean offline = random.nextBoolean();
        if (offline) {
            // A repair VM by hand, az vm repair, or the console offline as older links say it.
            parts.add(List.of("channel=manual", "channel=repair", "mode=offline").get(random.nextInt(3)));
            // "Z" first: no name Windows has under HKLM starts with it.
            parts.add("system=" + name(random, "Z"));
            parts.add("software=" + name(random, "Y"));
            if (random.nextInt(4) == 0) {
                parts.add("current=yes");
            } else {
                TreeSet<String> sets = new TreeSet<>();
                int count = 1 + random.nextInt(ControlSets.Fixed.MAX);
                while (sets.size() < count) {
                    sets.add(String.format("%03d", 1 + random.nextInt(999)));
                }
                parts.add("controlsets=" + String.join(",", sets));
            }
            if (random.nextBoolean()) {
                parts.add("loadhives=yes&drive=" + (char) ('D' + random.nextInt(23)));
            }
        }
        Fix fix = Catalog.fixes().get(random.nextInt(Catalog.fixes().size()));
        if (random.nextBoolean() || !fix.equals(Catalog.DISCONNECTS)) {
            parts.add("fix=" + fix.id());
        }
        // The number a fix asks for: its corners or a point between.
        fix.input().filter(input -> random.nextBoolean()).ifPresent(input -> parts.add(input.key() + "="
                + List.of(input.min(), input.max(), input.min() + random.nextInt((int) (input.max() - input.min()))).get(random.nextInt(3))));
        List<String> steps = new ArrayList<>();
        for (Setting setting : fix.settings()) {
            if (random.nextBoolean()) {
                steps.add(setting.id());
            }
        }
        if (!steps.isEmpty()) {
            parts.add("steps=" + String.join(",", steps));
        }
        parts.add("dword=" + (random.nextBoolean() ? "hex" : "dec"));
        parts.add("undo=" + (random.nextBoolean() ? "vm" : "off"));
        parts.add("lang=" + (random.nextBoolean() ? "nl" : "en"));
        if (!offline && random.nextBoolean()) {
            parts.add("channel=runcommand");
        }
        if (random.nextBoolean()) {
            parts.add("rg=" + azureName(random, GROUP_CHARS, 90) + "&vm=" + azureName(random, VM_CHARS, 64));
        }
        return String.join("&", parts);
    }

    private static final String GROUP_CHARS = "aZ09_-.()\u00e9\u65e5";
    private static final String VM_CHARS = "aZ09-\u0436";

    /** A name by Azure's rule: its longest or shorter, never ending with a period or hyphen, nor starting with a hyphen (for az). */
    private static String azureName(Random random, String chars, int longest) {
        int length = random.nextInt(3) == 0 ? longest : 1 + random.nextInt(longest);
        StringBuilder name = new StringBuilder(length > 1 ? "a" : "");
        while (name.length() < length - 1) {
            name.append(chars.charAt(random.nextInt(chars.length())));
        }
        return name.append('x').toString();
    }

    private static String name(Random random, String first) {
        int length = random.nextInt(3) == 0 ? HiveName.MAX_LENGTH : 1 + random.nextInt(HiveName.MAX_LENGTH - 1);
        StringBuilder name = new StringBuilder(first);
        while (name.length() < length) {
            name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        return name.toString();
    }

    private static final List<String> CORNERS = List.of("lang=en",
            "channel=manual&controlsets=996,997,998,999&system=" + "Z".repeat(HiveName.MAX_LENGTH) + "&software=" + "Y".repeat(HiveName.MAX_LENGTH)
                    + "&loadhives=yes&drive=Z&dword=hex&lang=nl",
            "channel=manual&current=yes&loadhives=yes&lang=nl&system=" + "Z".repeat(HiveName.MAX_LENGTH) + "&software=" + "Y".repeat(HiveName.MAX_LENGTH),
            "steps=max-instances&undo=off",
            "channel=repair&controlsets=996,997,998,999&system=" + "Z".repeat(HiveName.MAX_LENGTH) + "&software=" + "Y".repeat(HiveName.MAX_LENGTH)
                    + "&rg=" + "(".repeat(90) + "&vm=" + "\u0436".repeat(64) + "&lang=nl&dword=hex",
            "channel=runcommand&mode=offline&rg=a&vm=b",
            "fix=nla-off&channel=manual&controlsets=996,997,998,999&loadhives=yes&drive=Z&lang=nl",
            "fix=rdp-port&channel=repair&current=yes&dword=hex",
            "fix=nla-off&channel=runcommand&undo=off",
            "fix=credssp-oracle&channel=manual&current=yes&loadhives=yes&drive=Z&system=" + "Z".repeat(HiveName.MAX_LENGTH) + "&software="
                    + "Y".repeat(HiveName.MAX_LENGTH) + "&lang=nl");

    private static void everyEndpointAnswers200(String query) {
        for (String path : List.of("/", "/output", "/output/step-zero", "/output/changes", "/script.txt", "/script.cmd", "/capture.txt", "/capture.cmd")) {
            assertEquals(200, given().when().get(path + "?" + query).then().extract().statusCode(), path + "?" + query);
        }
        var parsed = (io.rdpfix.request.ParseResult.Valid) Requests.parse(query);
        if (parsed.request().channel().wrapped()) {
            assertEquals(200, given().when().get("/script.ps1?" + query).then().extract().statusCode(), "/script.ps1?" + query);
            assertEquals(parsed.vm().isPresent() ? 200 : 400, given().when().get("/commands.txt?" + query).then().extract().statusCode(),
                    "/commands.txt?" + query);
        }
        WritePlan plan = WritePlan.of(parsed.request());
        String capture = String.join("\n", FakeConsole.captureOutput(plan, Map.of(), Map.of()));
        for (String path : List.of("/undo.txt", "/undo.cmd", "/undo-preview", "/", "/check", "/check-preview")) {
            assertEquals(200, given().formParam("capture", capture).when().post(path + "?" + query).then().extract().statusCode(),
                    path + "?" + query);
        }
        // The capture holds no value as the fix writes it: "did it work?" says no, with 422, never a 5xx.
        assertEquals(422, given().formParam("capture", capture).when().post("/check.txt?" + query).then().extract().statusCode(),
                "/check.txt?" + query);
    }

    @Test
    void theCornersOfTheParameterSpaceAnswer200() {
        CORNERS.forEach(ValidRequestsTest::everyEndpointAnswers200);
    }

    @Test
    void randomValidRequestsAnswer200() {
        Random random = new Random(20261129);
        for (int i = 0; i < 150; i++) {
            everyEndpointAnswers200(query(random));
        }
    }
}
