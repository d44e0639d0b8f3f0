package io.rdpfix.request;

import static io.rdpfix.support.Requests.parse;
import static io.rdpfix.support.Requests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rdpfix.cmd.DwordFormat;
import io.rdpfix.location.Channel;
import io.rdpfix.location.ControlSets;
import io.rdpfix.location.Target;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.script.UndoOption;
import io.rdpfix.text.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParserTest {

    private static ParseResult.Invalid invalid(String query) {
        return assertInstanceOf(ParseResult.Invalid.class, parse(query), query);
    }

    private static Violation only(String query) {
        return only(invalid(query));
    }

    /** One parameter with a raw value, not split at '&' the way a query string would be. */
    private static Violation only(String key, String rawValue) {
        Map<String, List<String>> query = new java.util.HashMap<>(Map.of(key, List.of(rawValue)));
        query.put("mode", List.of("offline"));
        return only(assertInstanceOf(ParseResult.Invalid.class, RequestParser.parse(query, Language.EN)));
    }

    private static Violation only(ParseResult.Invalid invalid) {
        List<Violation> violations = invalid.violations();
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }

    @Test
    void anOlderLinkSayingTheConsoleOfflineIsARepairVmByHandAndSharesAsOne() {
        for (String old : List.of("mode=offline&loadhives=yes&drive=G", "channel=console&mode=offline&loadhives=yes&drive=G")) {
            ScriptRequest request = valid(old);
            assertEquals(Channel.MANUAL, request.channel(), old);
            assertInstanceOf(Target.Offline.class, request.target());
            assertEquals("channel=manual&loadhives=yes&drive=G&lang=en", ShareQuery.of(request), old);
        }
        assertInstanceOf(Target.Online.class, valid("channel=console").target(), "the Serial Console is online only");
    }

    @Test
    void theChannelDecidesTheModeWhereItMust() {
        assertInstanceOf(Target.Online.class, valid("channel=runcommand&mode=offline").target());
        Target.Offline repair = assertInstanceOf(Target.Offline.class, valid("channel=repair&loadhives=yes&drive=G").target());
        assertTrue(repair.loadFrom().isEmpty(), "the repair script loads the hives itself");
        assertTrue(valid("channel=manual&loadhives=yes").target() instanceof Target.Offline offline && offline.loadFrom().isPresent());
    }

    @Test
    void aRepeatedVmNameIsRefusedAndShownAsTyped() {
        ParseResult.Invalid invalid = assertInstanceOf(ParseResult.Invalid.class, parse("channel=repair&vm=a&vm=b"));
        assertEquals("vm", invalid.violations().get(0).field());
        assertEquals("a,b", invalid.form().vmName());
    }

    @Test
    void theVmIsThereOnlyWhenBothNamesAre() {
        assertTrue(((ParseResult.Valid) parse("rg=g")).vm().isEmpty());
        assertTrue(((ParseResult.Valid) parse("rg=g&vm=")).vm().isEmpty());
        assertEquals("v", ((ParseResult.Valid) parse("rg=g&vm=v")).vm().orElseThrow().name().value());
    }

    @Test
    void noParametersMeanTheArticleOnlineInDecimalWithUndo() {
        var request = valid("");
        assertInstanceOf(Target.Online.class, request.target());
        assertEquals(10, request.settings().size());
        assertEquals(DwordFormat.DEC, request.dwordFormat());
        assertEquals(UndoOption.VM, request.undo());
        assertEquals(Language.EN, request.language());
    }

    @Test
    void offlineDefaultsAreTheArticlesHivesAndBothControlSets() {
        var target = assertInstanceOf(Target.Offline.class, valid("channel=manual").target());
        assertEquals("BROKENSYSTEM", target.system().value());
        assertEquals("BROKENSOFTWARE", target.software().value());
        assertEquals(ControlSets.Fixed.DEFAULT, target.controlSets());
        assertTrue(target.loadFrom().isEmpty());
    }

    @Test
    void stepsAndControlSetsTakeCommaListsAndRepeatedParametersAlike() {
        assertEquals(valid("steps=keep-alive,idle-time&controlsets=002,001&channel=manual"),
                valid("steps=idle-time&steps=keep-alive&controlsets=001&controlsets=002&channel=manual"));
    }

    @Test
    void theFormsEmptyMarkerAloneMeansNothingWasTicked() {
        assertEquals("steps", only("steps=").field());
        assertEquals("controlsets", only("channel=manual&controlsets=").field());
        assertEquals(2, valid("steps=&steps=keep-alive&steps=reconnect").settings().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SYSTEM", "software", "Sam", "SECURITY", "hardware", "BCD00000000", "DRIVERS", "components", "Elam"})
    void hklmsOwnKeysAreRefusedAsHiveNames(String name) {
        Violation violation = only("channel=manual&system=" + name);
        assertEquals("system", violation.field());
        assertTrue(violation.rule().en().contains("repair VM's own registry"));
    }

    @Test
    void anUnknownParameterNameIsReportedEscapedLikeAValue() {
        Violation violation = only("a\r\nX-Injected: 1\u0000\u001b", "1");
        assertEquals("a\\u000D\\u000AX-Injected: 1\\u0000\\u001B", violation.field());
        assertTrue(violation.describe(Language.EN).chars().allMatch(c -> c >= 0x20 && c < 0x7f), violation.describe(Language.EN));
    }

    @Test
    void hiveNamesMustDifferIgnoringCase() {
        assertEquals("software", only("channel=manual&system=BROKEN&software=broken").field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A B", "x&calc", "a|b", "a\"b", "a%PATH%", "a^b", "a<b", "a>b", "a\nREG DELETE",
            "abcdefghijklmnopq", "HKLM\\X\\Y", "\u0410BC", "ABC\u200B", "\uFF21BC", "a;b", "a'b"})
    void hiveNamesOutsideTheirShapeAreRefused(String name) {
        Violation violation = only("software", name);
        assertEquals("software", violation.field());
        assertTrue(violation.describe(Language.EN).contains("1 to 16 characters"), violation.describe(Language.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "c", "A", "B", "1", "FF", "F:\\", "", "\uFF26"})
    void driveLettersOutsideDToZAreRefused(String drive) {
        assertEquals("drive", only("channel=manual&loadhives=yes&drive=" + drive).field());
    }

    @Test
    void driveLettersAcceptLowerCaseAndAColon() {
        var lower = assertInstanceOf(Target.Offline.class, valid("channel=manual&loadhives=yes&drive=g:").target());
        assertEquals('G', lower.loadFrom().orElseThrow().letter());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "1000", "1,,2", "001;002", "a", "-1", "001,001", "1,001", "0x1", " 1"})
    void badControlSetListsAreRefused(String list) {
        assertEquals("controlsets", only("channel=manual&controlsets=" + list).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"keepalive", "keep-alive,", "keep-alive,keep-alive", "keep-alive&calc", "x", "keep-alive;calc",
            "keep-alive\r\nREG DELETE HKLM", "keep\u2010alive"})
    void badStepListsAreRefused(String steps) {
        assertEquals("steps", only("steps", steps).field());
    }

    @Test
    void unknownParametersAreRefusedByName() {
        Violation violation = only("modus=offline");
        assertEquals("modus", violation.field());
        assertTrue(violation.rule().en().startsWith("unknown parameter"));
    }

    @Test
    void aSingleValuedParameterGivenTwiceDifferentlyIsRefused() {
        assertEquals("mode", only("mode=online&mode=offline").field());
        assertInstanceOf(ParseResult.Valid.class, parse("channel=manual&channel=manual"));
    }

    @Test
    void everyRefusalNamesFieldValueAndRule() {
        String text = invalid("mode=sideways&dword=oct").describe();
        assertTrue(text.contains("mode=\"sideways\": must be one of: online, offline."), text);
        assertTrue(text.contains("dword=\"oct\": must be one of: dec, hex."), text);
    }

    @Test
    void refusalsShowControlAndLookAlikeCharactersEscaped() {
        String text = invalid("mode=off\u2028line\u0000").describe();
        assertTrue(text.contains("off\\u2028line\\u0000"), text);
        assertTrue(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), text);
    }

    @Test
    void refusalsAreInTheRequestedLanguage() {
        String text = invalid("lang=nl&drive=C").describe();
        assertTrue(text.contains("moet een stationsletter"), text);
    }

    @Test
    void absurdlyLongValuesAreRefusedWithoutEcho() {
        Violation violation = only("system=" + "A".repeat(5000));
        assertTrue(violation.received().length() < 100);
    }

    @Test
    void shareQueryHoldsOnlyWhatDiffersFromTheDefaultsAndAlwaysTheLanguage() {
        // The language always: without it the browser's Accept-Language would choose (issue 16).
        assertEquals("lang=en", ShareQuery.of(valid("mode=online&dword=dec&undo=vm&lang=en")));
        assertEquals("channel=manual&controlsets=002&current=yes&loadhives=yes&drive=G&dword=hex&steps=keep-alive&undo=off&lang=nl"
                        .replace("controlsets=002&", ""),
                ShareQuery.of(valid("lang=nl&undo=off&steps=keep-alive&dword=hex&drive=g&loadhives=yes&current=yes&channel=manual")));
    }

    @Test
    void shareQueryParsesBackToTheSameRequest() {
        for (String query : List.of("", "channel=manual&system=A&software=B&controlsets=003&dword=hex",
                "steps=idle-time,keep-alive&undo=off&lang=nl", "channel=manual&current=yes&loadhives=yes&drive=Z")) {
            var request = valid(query);
            assertEquals(request, valid(ShareQuery.of(request)), query);
        }
    }

    @Test
    void parameterNamesAreCaseSensitive() {
        assertEquals("MODE", only("MODE=offline").field());
    }

    @Test
    void queryMapIsNotModified() {
        Map<String, List<String>> query = Map.of("mode", List.of("offline"));
        RequestParser.parse(query, Language.EN);
        assertEquals(Map.of("mode", List.of("offline")), query);
    }

    @Test
    void moreControlSetsThanAHiveHasAreRefusedWithTheLimit() {
        String reason = invalid("channel=manual&controlsets=001,002,003,004,005").describe();
        assertTrue(reason.contains("controlsets") && reason.contains("lists 5 control sets") && reason.contains("at most 4"), reason);
        valid("channel=manual&controlsets=001,002,003,999");
    }

    @Test
    void theRootAsAHiveNameIsRefusedLikeHklmsOwnKeys() {
        for (String name : List.of("HKLM", "hklm", "HKEY_LOCAL_MACHINE")) {
            String reason = invalid("channel=manual&system=" + name).describe();
            assertTrue(reason.contains("is HKLM itself or one of its own keys"), reason);
        }
    }

    @Test
    void aHiveGivenWithItsFullPathIsToldTheNameToType() {
        String reason = only("system", "HKLM\\BROKENSYSTEM").describe(Language.EN);
        assertTrue(reason.contains("give only its name under HKLM, BROKENSYSTEM."), reason);
        String own = only("software", "HKLM\\SOFTWARE").describe(Language.EN);
        assertTrue(own.contains("must be 1 to 16 characters"), "no hint to type the repair VM's own hive: " + own);
    }

    @Test
    void atItsFieldAHiveGivenWithItsPathShowsTheBackslashAsTypedWhileThePlainTextAnswerEscapesIt() {
        Violation violation = only("system", "HKLM\\BROKENSYSTEM");
        assertTrue(violation.describeAtField(Language.EN).startsWith("\"HKLM\\BROKENSYSTEM\": is the hive's full path"),
                violation.describeAtField(Language.EN));
        assertTrue(violation.describe(Language.EN).startsWith("system=\"HKLM\\u005CBROKENSYSTEM\": "), violation.describe(Language.EN));
    }

    @Test
    void atItsFieldAValueStillShowsControlCharactersQuotesAndNonAsciiAsEscapes() {
        String shown = only("system", "a\nb\"cÈ").describeAtField(Language.EN);
        assertTrue(shown.startsWith("\"a\\u000Ab\\u0022c\\u00C8\": "), shown);
    }

    @Test
    void theFormStateTicksWhatTheScriptDoesForANonCanonicalQuery() {
        FormState form = parse("steps=KEEP-ALIVE,Idle-Time").form();
        assertEquals(List.of("keep-alive", "idle-time"), form.steps());
        assertEquals("steps=keep-alive,idle-time&lang=en", form.query());
    }

    @Test
    void theFormStateWritesControlSetNumbersAsTheirThreeDigits() {
        FormState form = parse("channel=manual&controlsets=1,2").form();
        assertEquals(List.of("001", "002"), form.controlSets());
        assertEquals("channel=manual&lang=en", form.query(), "001,002 is the default");
    }

    @Test
    void onlyTheActiveControlSetNeedsNoControlSetTicked() {
        var request = valid("channel=manual&current=yes&controlsets=");
        assertEquals(new ControlSets.Active(), ((Target.Offline) request.target()).controlSets());
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndTicked() {
        FormState form = invalid("channel=manual&system=a b&steps=KEEP-ALIVE,bogus&controlsets=7,x").form();
        assertEquals("a b", form.system());
        assertEquals(List.of("keep-alive", "bogus"), form.steps());
        assertEquals(List.of("007", "x"), form.controlSets());
        assertEquals("channel=manual&system=a%20b&controlsets=007,x&steps=keep-alive,bogus&lang=en", form.query());
    }

    @Test
    void aValidRequestsFormStateIsTheStateItStandsFor() {
        for (String query : List.of("", "channel=manual&system=A&software=B&controlsets=3&dword=hex", "steps=IDLE-TIME&lang=nl",
                "channel=manual&current=yes&loadhives=yes&drive=z:")) {
            ParseResult.Valid parsed = assertInstanceOf(ParseResult.Valid.class, parse(query), query);
            assertEquals(FormState.of(parsed.request()), parsed.form(), query);
        }
    }
}
