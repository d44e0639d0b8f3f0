package io.rdpfix.script;

import static io.rdpfix.cmd.Condition.defined;
import static io.rdpfix.cmd.Condition.equal;
import static io.rdpfix.cmd.Statement.regQuery;
import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.catalog.KeyRole;
import io.rdpfix.cmd.Redirect;
import io.rdpfix.cmd.Statement;
import io.rdpfix.cmd.Statement.Echo;
import io.rdpfix.cmd.Statement.EchoTo;
import io.rdpfix.cmd.Statement.For;
import io.rdpfix.cmd.Statement.ForF;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.cmd.Statement.Redirected;
import io.rdpfix.cmd.Statement.Set;
import io.rdpfix.cmd.Statement.Source;
import io.rdpfix.location.Target;
import io.rdpfix.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On Windows a Terminal Services policy value wins over the listener's value of the same name
 * (Group Policy writes MaxIdleTime, SecurityLayer, ... there): the values a script verifies or
 * captures may not be the ones in effect. The fix and the capture name the listener values the
 * policy key also holds.
 */
final class PolicyOverrides {
    private PolicyOverrides() {
    }

    /**
     * The names of the values the fix writes under Terminal Server (the listener's and its own), each
     * once, but those it writes to the policy key too: there the policy says what the fix says.
     */
    private static List<String> listenerNames(WritePlan plan) {
        List<String> alsoPolicy = alsoPolicy(plan);
        return plan.writes().stream().filter(w -> w.value().role().underTerminalServer()).map(Write::name)
                .filter(name -> !alsoPolicy.contains(name)).distinct().toList();
    }

    private static List<String> alsoPolicy(WritePlan plan) {
        return plan.writes().stream().filter(w -> w.value().role().equals(KeyRole.POLICY)).map(Write::name).toList();
    }

    /** {@link #named}, after marking every listener value's name R_@name: for a script that reads no listener key itself. */
    static List<Statement> markedAndNamed(Target target, WritePlan plan, Language language, String names, Optional<String> file) {
        if (listenerNames(plan).isEmpty()) {
            return List.of();
        }
        List<Statement> lines = new ArrayList<>(List.of(new For('e', String.join(" ", listenerNames(plan)), new Set("R_@%%e", "1"), true)));
        lines.addAll(listed(target, language, names, file));
        return lines;
    }

    /**
     * Names the listener values (marked R_@) that the policy key also holds: each is marked R_$, R_P
     * becomes 1, their names go into {@code names}, and a line says them, on the screen or at the end
     * of {@code file}. None when the selection writes no listener value.
     */
    static List<Statement> named(Target target, WritePlan plan, Language language, String names, Optional<String> file) {
        if (listenerNames(plan).isEmpty()) {
            return List.of();
        }
        List<Statement> lines = new ArrayList<>();
        // The read-back marked every Terminal Server name: a name the fix writes to the policy too is no override.
        List<String> unmarked = plan.writes().stream().filter(w -> w.value().role().underTerminalServer()).map(Write::name)
                .filter(alsoPolicy(plan)::contains).distinct().toList();
        if (!unmarked.isEmpty()) {
            lines.add(new For('e', String.join(" ", unmarked), new Set("R_@%%e", ""), true));
        }
        lines.addAll(listed(target, language, names, file));
        return lines;
    }

    /** The marked names the policy key holds, said. */
    private static List<Statement> listed(Target target, Language language, String names, Optional<String> file) {
        Statement listing = new Redirected(regQuery(target.keysFor(KeyRole.POLICY).get(0).key()), Redirect.NO_ERRORS);
        String say = ScriptTexts.OVERRIDDEN.with(" %" + names + ":~0,44%").in(language);
        return List.of(
                sequence(new Set("R_P", "0"), new ForF("tokens=1", 'a', new Source.Output(listing),
                        new If(defined("R_@%%a"), new For('f', "R_$%%a R_P", new Set("%%f", "1"), true)), true)),
                Verdict.names("%R_P%", "R_$", "$=", 2, names),
                new If(equal("%R_P%", "0").not(), file.<Statement>map(f -> new EchoTo(f, true, say)).orElse(new Echo(say))));
    }
}
