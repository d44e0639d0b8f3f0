package io.rdpfix.support;

import static io.rdpfix.cmd.Statement.sequence;

import io.rdpfix.cmd.ScriptForm;
import io.rdpfix.cmd.Statement.Command;
import io.rdpfix.cmd.Statement.Group;
import io.rdpfix.cmd.Statement.If;
import io.rdpfix.registry.RegValue;
import io.rdpfix.script.Script;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An in-memory registry, and the part of cmd.exe and reg.exe our apply and undo scripts use,
 * implemented by Windows' documented rules: percent expansion (batch vs typed), carets and quotes,
 * {@code &}, {@code |}, parentheses, {@code if}, {@code goto}, {@code exit /b}; the C runtime's
 * argument splitting for reg.exe; reg add / delete / query and find; the two loops the undo reads
 * keys with ({@code for %x in (list)} and {@code for /f "tokens=..." %x in ('reg query ...')}). It
 * does not know about files, so scripts that write an undo file are outside it (Wine covers those),
 * and it does no arithmetic but {@code +=}: the read-back's counting and verdict, and the files a
 * read-back split over pastes keeps its counts in (deleted, written: ignored), are Wine's to test.
 */
public final class SimulatedMachine {
    /** Keys by lower-case path; each key's values by lower-case name. */
    private final TreeMap<String, Map<String, Named>> keys = new TreeMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> console = new ArrayList<>();
    private int errorLevel;

    private record Named(String name, RegValue value) {
    }

    public SimulatedMachine() {
        // Defined variables, so that data that would expand by mistake does.
        environment.put("PATH", "C:\\Windows\\system32;C:\\Windows");
        environment.put("SYSTEMROOT", "C:\\Windows");
        environment.put("SYSTEMDRIVE", "C:");
    }

    // ---- registry ----

    public void addKey(String path) {
        String current = null;
        for (String segment : path.split("\\\\")) {
            current = current == null ? segment : current + "\\" + segment;
            keys.putIfAbsent(lower(current), new TreeMap<>());
        }
    }

    public void setValue(String key, String name, RegValue value) {
        addKey(key);
        keys.get(lower(key)).put(lower(name), new Named(name, value));
    }

    public boolean hasKey(String key) {
        return keys.containsKey(lower(key));
    }

    /** Keys and values in a canonical text, for comparing two states. */
    public String snapshot() {
        StringBuilder text = new StringBuilder();
        keys.forEach((key, values) -> {
            text.append(key).append('\n');
            values.forEach((name, named) -> text.append("  ").append(named.name()).append(" = ").append(named.value()).append('\n'));
        });
        return text.toString();
    }

    /** A variable's value, as a script left it. */
    public java.util.Optional<String> variable(String name) {
        return java.util.Optional.ofNullable(environment.get(name.toUpperCase(Locale.ROOT)));
    }

    public List<String> console() {
        return console;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    // ---- cmd.exe ----

    private static final class Exit extends RuntimeException {
        Exit() {
            super(null, null, false, false);
        }
    }

    private static final class Goto extends RuntimeException {
        final String label;

        Goto(String label) {
            super(null, null, false, false);
            this.label = label;
        }
    }

    public void run(Script script) {
        List<String> lines = script.lines();
        boolean batch = script.form() == ScriptForm.BATCH;
        int index = 0;
        while (index < lines.size()) {
            String line = lines.get(index++);
            try {
                runLine(line, batch);
            } catch (Exit exit) {
                return;
            } catch (Goto jump) {
                index = lines.indexOf(":" + jump.label) + 1;
                if (index == 0) {
                    throw new IllegalStateException("no label " + jump.label);
                }
            }
        }
    }

    private void runLine(String line, boolean batch) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith(":") || trimmed.regionMatches(true, 0, "REM ", 0, 4)) {
            return;
        }
        String expanded = expandPercent(line, batch);
        if (!loop(expanded)) {
            execute(new Parser(tokenize(expanded)).sequence(), "");
        }
    }

    private static final java.util.regex.Pattern FOR_LIST = java.util.regex.Pattern.compile(
            "(?i)@?for\\s+%(\\w)\\s+in\\s+\\(([^)]*)\\)\\s+do\\s+(.*)");
    private static final java.util.regex.Pattern FOR_QUERY = java.util.regex.Pattern.compile(
            "(?i)@?for\\s+/f\\s+\"([^\"]*)\"\\s+%(\\w)\\s+in\\s+\\('(reg query [^']*)'\\)\\s+do\\s+(.*)");

    /**
     * Runs a line that is one of the two loops the undo reads keys with; any other for loop is left
     * to Wine (false only for a line that is no loop). The body runs once per item or output line,
     * its for variables replaced first, as cmd does before it parses the body.
     */
    private boolean loop(String line) {
        String text = line.strip();
        if (!text.regionMatches(true, 0, "for ", 0, 4) && !text.regionMatches(true, 0, "@for ", 0, 5)) {
            return false;
        }
        var list = FOR_LIST.matcher(text);
        var query = FOR_QUERY.matcher(text);
        if (list.matches()) {
            Node body = parsedBody(list.group(3));
            String v = list.group(1);
            for (String item : list.group(2).strip().split("\\s+")) {
                int dot = item.lastIndexOf('.');
                Map<String, String> values = new java.util.LinkedHashMap<>();
                values.put("%~n" + v, dot < 0 ? item : item.substring(0, dot));
                values.put("%~x" + v, dot < 0 ? "" : item.substring(dot));
                values.put("%" + v, item);
                execute(substituted(body, values), "");
            }
        } else if (query.matches()) {
            String output = execute(new Parser(tokenize(query.group(3).replace("^>", ">"))).sequence(), "");
            List<Integer> wanted = tokensOption(query.group(1));
            char first = query.group(2).charAt(0);
            Node body = parsedBody(query.group(4));
            for (String outputLine : output.split("\n")) {
                if (outputLine.isBlank()) {
                    continue;
                }
                List<String> words = query.group(1).matches("delims=") ? List.of(outputLine) : List.of(outputLine.strip().split("\\s+"));
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (int t = 0; t < wanted.size(); t++) {
                    int index = wanted.get(t) - 1;
                    values.put("%" + (char) (first + t), index < words.size() ? words.get(index) : "");
                }
                execute(substituted(body, values), "");
            }
        }
        // Any other loop is Wine's to test.
        return true;
    }

    /** tokens=1-3, tokens=1,3, tokens=1 (or only delims=: the whole line): the word numbers, in order. */
    private static List<Integer> tokensOption(String options) {
        if (options.equals("delims=")) {
            return List.of(1);
        }
        var matcher = java.util.regex.Pattern.compile("tokens=([0-9,-]+)").matcher(options);
        if (!matcher.find()) {
            throw new IllegalStateException("not simulated: " + options);
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            String[] range = part.split("-");
            for (int n = Integer.parseInt(range[0]); n <= Integer.parseInt(range[range.length - 1]); n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    /** A loop's body is parsed once, before its variables take values: what they hold is never an operator. */
    private static Node parsedBody(String body) {
        String quiet = body.strip();
        return new Parser(tokenize(quiet.startsWith("@") ? quiet.substring(1) : quiet)).sequence();
    }

    private static Node substituted(Node node, Map<String, String> values) {
        if (node instanceof Seq seq) {
            return new Seq(seq.parts().stream().map(part -> substituted(part, values)).toList());
        }
        if (node instanceof Pipe pipe) {
            return new Pipe(pipe.parts().stream().map(part -> substituted(part, values)).toList());
        }
        if (node instanceof Group group) {
            return new Group(substituted(group.body(), values));
        }
        if (node instanceof If conditional) {
            return new If(replaced(conditional.condition(), values), substituted(conditional.body(), values));
        }
        return new Command(replaced(((Command) node).text(), values));
    }

    private static String replaced(String text, Map<String, String> values) {
        String result = text;
        for (var entry : values.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** Phase 1. In a batch file %% is one % and an undefined %X% is empty; typed, it stays as it is. */
    private String expandPercent(String line, boolean batch) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            if (batch && i + 1 < line.length() && line.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            int close = line.indexOf('%', i + 1);
            if (close < 0) {
                if (!batch) {
                    out.append(c);
                }
                i++;
                continue;
            }
            String name = line.substring(i + 1, close);
            String value = environment.get(name.toUpperCase(Locale.ROOT));
            if (value != null) {
                out.append(value);
                i = close + 1;
            } else if (batch) {
                i = close + 1;
            } else {
                // Typed, an undefined %NAME stays, and its closing % may open the next one (%a in a loop).
                out.append(line, i, close);
                i = close;
            }
        }
        return out.toString();
    }

    private enum Kind { TEXT, AMP, PIPE, OPEN, CLOSE }

    private record Token(Kind kind, String text) {
    }

    /** Phase 2: operators outside quotes, a caret takes the next character literally and is removed. */
    private static List<Token> tokenize(String line) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                text.append(c);
            } else if (quoted) {
                text.append(c);
            } else if (c == '^') {
                if (i + 1 < line.length()) {
                    text.append(line.charAt(++i) == '"' ? "\u0000" : String.valueOf(line.charAt(i)));
                }
            } else if (c == '&' || c == '|') {
                flush(tokens, text);
                tokens.add(new Token(c == '&' ? Kind.AMP : Kind.PIPE, String.valueOf(c)));
            } else if (c == '(' && text.toString().isBlank()) {
                tokens.add(new Token(Kind.OPEN, "("));
                depth++;
            } else if (c == '(' && text.toString().strip().matches("(?i)if .*(errorlevel \\d+|defined \\S+|exist \"[^\"]*\"|\"[^\"]*\"==\"[^\"]*\")")) {
                flush(tokens, text);
                tokens.add(new Token(Kind.OPEN, "("));
                depth++;
            } else if (c == ')' && depth > 0) {
                flush(tokens, text);
                tokens.add(new Token(Kind.CLOSE, ")"));
                depth--;
            } else if (c == '>' || c == '<') {
                // Redirections: drop the operator, an optional handle before it and its target.
                String before = text.toString();
                if (before.endsWith(" 2") || before.endsWith(" 1")) {
                    text.setLength(text.length() - 1);
                }
                int j = i + 1;
                if (j < line.length() && line.charAt(j) == '>') {
                    j++;
                }
                if (j < line.length() && line.charAt(j) == '&') {
                    j += 2;
                } else {
                    while (j < line.length() && line.charAt(j) == ' ') {
                        j++;
                    }
                    boolean q = false;
                    while (j < line.length() && (q || " &|()".indexOf(line.charAt(j)) < 0)) {
                        if (line.charAt(j) == '"') {
                            q = !q;
                        }
                        j++;
                    }
                }
                i = j - 1;
            } else {
                text.append(c);
            }
        }
        flush(tokens, text);
        return tokens;
    }

    private static void flush(List<Token> tokens, StringBuilder text) {
        if (!text.toString().isBlank()) {
            // cmd keeps the spaces before an operator in a set's value (set X=a b & ...); elsewhere they do not count.
            String command = text.toString().stripLeading();
            boolean plainSet = command.regionMatches(true, 0, "set ", 0, 4) && !command.regionMatches(true, 4, "/a ", 0, 3);
            tokens.add(new Token(Kind.TEXT, plainSet ? command : command.strip()));
        }
        text.setLength(0);
    }

    private sealed interface Node permits Seq, Pipe, Group, Command, If {
    }

    private record Seq(List<Node> parts) implements Node {
    }

    private record Pipe(List<Node> parts) implements Node {
    }

    private record Group(Node body) implements Node {
    }

    private record Command(String text) implements Node {
    }

    private record If(String condition, Node body) implements Node {
    }

    private static final java.util.regex.Pattern IF = java.util.regex.Pattern.compile(
            "(?i)if\\s+((?:/i\\s+)?(?:not\\s+)?(?:errorlevel\\s+\\d+|defined\\s+\\S+|exist\\s+\"[^\"]*\"|\"[^\"]*\"==\"[^\"]*\"))\\s*(.*)");

    private static final class Parser {
        private final List<Token> tokens;
        private int position;

        Parser(List<Token> tokens) {
            this.tokens = new ArrayList<>(tokens);
        }

        Node sequence() {
            List<Node> parts = new ArrayList<>();
            parts.add(pipeline());
            while (position < tokens.size() && tokens.get(position).kind() == Kind.AMP) {
                position++;
                parts.add(pipeline());
            }
            return parts.size() == 1 ? parts.get(0) : new Seq(parts);
        }

        Node pipeline() {
            List<Node> parts = new ArrayList<>();
            parts.add(command());
            while (position < tokens.size() && tokens.get(position).kind() == Kind.PIPE) {
                position++;
                parts.add(command());
            }
            return parts.size() == 1 ? parts.get(0) : new Pipe(parts);
        }

        Node command() {
            Token token = tokens.get(position++);
            if (token.kind() == Kind.OPEN) {
                Node body = sequence();
                if (position < tokens.size() && tokens.get(position).kind() == Kind.CLOSE) {
                    position++;
                }
                return new Group(body);
            }
            if (token.kind() != Kind.TEXT) {
                throw new IllegalStateException("unexpected " + token);
            }
            var matcher = IF.matcher(token.text());
            if (matcher.matches()) {
                if (!matcher.group(2).isBlank()) {
                    tokens.set(--position, new Token(Kind.TEXT, matcher.group(2)));
                }
                // An if takes the rest of the line, & and all, as its body.
                return new If(matcher.group(1), sequence());
            }
            return new Command(token.text());
        }
    }

    private String execute(Node node, String input) {
        if (node instanceof Seq seq) {
            StringBuilder out = new StringBuilder();
            seq.parts().forEach(part -> out.append(execute(part, "")));
            return out.toString();
        }
        if (node instanceof Pipe pipe) {
            String data = input;
            for (Node part : pipe.parts()) {
                data = execute(part, data);
            }
            return data;
        }
        if (node instanceof Group group) {
            return execute(group.body(), input);
        }
        if (node instanceof If conditional) {
            return condition(conditional.condition()) ? execute(conditional.body(), input) : "";
        }
        return command(((Command) node).text(), input);
    }

    private boolean condition(String text) {
        boolean ignoreCase = text.regionMatches(true, 0, "/i ", 0, 3);
        String condition = ignoreCase ? text.substring(3).strip() : text;
        String[] words = condition.split("\\s+", 3);
        boolean not = words[0].equalsIgnoreCase("not");
        String test = not ? condition.substring(4).strip() : condition;
        boolean result;
        if (test.regionMatches(true, 0, "errorlevel", 0, 10)) {
            result = errorLevel >= Integer.parseInt(test.substring(10).strip());
        } else if (test.regionMatches(true, 0, "defined", 0, 7)) {
            result = environment.containsKey(test.substring(7).strip().toUpperCase(Locale.ROOT));
        } else if (test.startsWith("\"")) {
            String[] sides = test.split("==");
            result = ignoreCase ? sides[0].equalsIgnoreCase(sides[1]) : sides[0].equals(sides[1]);
        } else if (test.regionMatches(true, 0, "exist", 0, 5) && test.contains("\\Temp\\rdpfix-")) {
            result = true; // a read-back's kept counts, taken as there: Wine's to test
        } else {
            throw new IllegalStateException("files are outside the simulation: " + condition);
        }
        return not != result;
    }

    private String command(String text, String input) {
        String name = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replace("@", "");
        if (name.startsWith(">")) {
            return ""; // a line into a file: the read-back's kept counts, Wine's to test
        }
        String rest = text.length() > name.length() ? text.substring(text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ') + 1) : "";
        switch (name) {
            case "echo":
                if (!rest.equalsIgnoreCase("off")) {
                    console.add(rest.replace("\u0000", "\""));
                }
                return "";
            case "rem.": // after a set whose value ends in spaces
                return "";
            case "setlocal", "ping", "fltmc": // the machine runs elevated, as SYSTEM does
                errorLevel = 0;
                return "";
            case "del": // the read-back's kept counts: files, and Wine's to test
                return "";
            case "set":
                if (rest.startsWith("/a ") && !rest.matches("/a [A-Za-z_]+\\+=[0-9]+( >nul)?")) {
                    return "";
                }
                if (rest.startsWith("/a ")) {
                    String variable = rest.substring(3, rest.indexOf("+=")).strip().toUpperCase(Locale.ROOT);
                    int value = Integer.parseInt(environment.getOrDefault(variable, "0")) + Integer.parseInt(rest.substring(rest.indexOf("+=") + 2).strip());
                    environment.put(variable, String.valueOf(value));
                } else {
                    String assignment = rest.startsWith("\"") ? rest.substring(1, rest.lastIndexOf('"')) : rest;
                    String variable = assignment.substring(0, assignment.indexOf('=')).toUpperCase(Locale.ROOT);
                    String value = assignment.substring(assignment.indexOf('=') + 1).replace('\u0000', '"'); // an escaped quote
                    if (value.isEmpty()) {
                        environment.remove(variable);
                    } else {
                        environment.put(variable, value);
                    }
                }
                return "";
            case "cmd":
                // A reg add in a child cmd with delayed expansion: the variables go in after parsing,
                // as they are. The read-back's comparison of a string, in a child cmd too, is Wine's to test.
                if (rest.startsWith("/d /v:on /c reg ")) {
                    java.util.regex.Matcher variable = java.util.regex.Pattern.compile("!([^!]+)!").matcher(rest.substring("/d /v:on /c reg ".length()));
                    StringBuilder expanded = new StringBuilder();
                    while (variable.find()) {
                        variable.appendReplacement(expanded, java.util.regex.Matcher.quoteReplacement(
                                environment.getOrDefault(variable.group(1).toUpperCase(Locale.ROOT), "")));
                    }
                    variable.appendTail(expanded);
                    return reg(CrtArguments.split(expanded.toString().replace('\u0000', '"')));
                }
                return "";
            case "exit":
                throw new Exit();
            case "goto":
                throw new Goto(rest.strip());
            case "reg":
                return reg(CrtArguments.split(rest.replace('\u0000', '"')));
            case "find", "c:\\windows\\system32\\find.exe":
                List<String> needle = CrtArguments.split(rest);
                StringBuilder found = new StringBuilder();
                for (String line : input.split("\n")) {
                    if (line.contains(needle.get(0))) {
                        found.append(line).append('\n');
                    }
                }
                errorLevel = found.isEmpty() ? 1 : 0;
                return found.toString();
            case "for":
                // The one for loop a script of ours starts with: clear every variable named R_...
                if (rest.matches("/f \"delims==\" %v in \\('set R_'\\) do @set %v=")) {
                    environment.keySet().removeIf(name2 -> name2.startsWith("R_"));
                    return "";
                }
                // A loop after an if (the verdict's names): Wine's to test.
                return "";
            default:
                throw new IllegalStateException("not simulated: " + text);
        }
    }

    // ---- reg.exe ----

    private String reg(List<String> args) {
        String verb = args.get(0).toLowerCase(Locale.ROOT);
        String key = args.get(1);
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.size(); i++) {
            String option = args.get(i).toLowerCase(Locale.ROOT);
            if (option.equals("/f") || option.equals("/s")) {
                options.put(option, "");
            } else {
                options.put(option, args.get(++i));
            }
        }
        errorLevel = switch (verb) {
            case "add" -> regAdd(key, options);
            case "delete" -> regDelete(key, options);
            case "query" -> 0;
            default -> throw new IllegalStateException("reg " + verb);
        };
        return verb.equals("query") ? regQuery(key, options) : "";
    }

    private int regAdd(String key, Map<String, String> options) {
        String name = options.get("/v");
        String type = options.getOrDefault("/t", "REG_SZ").toUpperCase(Locale.ROOT);
        String data = options.getOrDefault("/d", "");
        RegValue value;
        try {
            value = switch (type) {
                case "REG_DWORD" -> new RegValue.Dword(number(data, 0xffff_ffffL));
                case "REG_QWORD" -> new RegValue.Qword(number(data, -1));
                case "REG_SZ" -> new RegValue.Sz(data);
                case "REG_EXPAND_SZ" -> new RegValue.ExpandSz(data);
                default -> throw new IllegalArgumentException(type);
            };
        } catch (IllegalArgumentException e) {
            return 1;
        }
        setValue(key, name, value);
        return 0;
    }

    /** reg.exe's numbers: decimal, or hex with 0x; nothing else, nothing bigger than the type. */
    private static long number(String data, long max) {
        long value;
        if (data.matches("0[xX][0-9a-fA-F]{1,16}")) {
            value = Long.parseUnsignedLong(data.substring(2), 16);
        } else if (data.matches("[0-9]{1,20}")) {
            value = Long.parseUnsignedLong(data);
        } else {
            throw new IllegalArgumentException("not a number: " + data);
        }
        if (max != -1 && Long.compareUnsigned(value, max) > 0) {
            throw new IllegalArgumentException("too big: " + data);
        }
        return value;
    }

    private int regDelete(String key, Map<String, String> options) {
        if (!hasKey(key)) {
            return 1;
        }
        if (options.containsKey("/v")) {
            return keys.get(lower(key)).remove(lower(options.get("/v"))) == null ? 1 : 0;
        }
        String prefix = lower(key) + "\\";
        keys.keySet().removeIf(k -> k.equals(lower(key)) || k.startsWith(prefix));
        return 0;
    }

    private String regQuery(String key, Map<String, String> options) {
        if (!hasKey(key)) {
            errorLevel = 1;
            return "";
        }
        StringBuilder out = new StringBuilder();
        String prefix = lower(key) + "\\";
        for (var entry : keys.entrySet()) {
            boolean self = entry.getKey().equals(lower(key));
            if (!self && !(options.containsKey("/s") && entry.getKey().startsWith(prefix))) {
                continue;
            }
            out.append('\n').append("HKEY_LOCAL_MACHINE").append(entry.getKey().substring(4)).append('\n');
            for (Named named : entry.getValue().values()) {
                if (options.containsKey("/v") && !lower(named.name()).equals(lower(options.get("/v")))) {
                    continue;
                }
                out.append(FakeConsole.regQueryLine(named.name(), named.value())).append('\n');
            }
        }
        if (!options.containsKey("/s") && !options.containsKey("/v")) {
            // Without /s, the subkeys follow the values, each as its full path.
            out.append('\n');
            keys.keySet().stream().filter(k -> k.startsWith(prefix) && k.indexOf('\\', prefix.length()) < 0)
                    .forEach(k -> out.append("HKEY_LOCAL_MACHINE").append(k.substring(4)).append('\n'));
        }
        if (options.containsKey("/v") && !out.toString().contains("    ")) {
            errorLevel = 1;
            return "";
        }
        return out.toString();
    }
}
