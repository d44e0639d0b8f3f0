package io.rdpfix.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One choice of a header that lists weighted choices, as Accept-Language and Accept-Encoding do (RFC 9110,
 * 12.4.2): "nl-NL, nl;q=0.9, en;q=0.5". Both headers are read by this one reading, so that a weight means
 * the same in each: "q" in either case, a qvalue as the RFC spells it (0 to 1, at most three decimals), and
 * anything else a weight of 0, so that a choice whose weight cannot be read is not taken.
 *
 * @param value  the choice, trimmed and in lower case: a language range, a content coding
 * @param weight from 0 (not acceptable) to 1; 1 when not given
 * @param order  where the choice stands in the header, from 0: the first of equal weights is preferred
 */
record Weighted(String value, double weight, int order) {
    /** At most this many choices are read: a longer header is no reason to work longer. */
    static final int MAX_CHOICES = 20;
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    /** The choices of a header's values (a header sent more than once is one list, RFC 9110, 5.3). */
    static List<Weighted> of(List<String> values) {
        List<Weighted> choices = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                if (choices.size() == MAX_CHOICES) {
                    return choices;
                }
                String[] parts = element.split(";", -1);
                choices.add(new Weighted(parts[0].trim().toLowerCase(Locale.ROOT), weight(parts), choices.size()));
            }
        }
        return choices;
    }

    boolean acceptable() {
        return weight > 0;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() >= 2 && Character.toLowerCase(parameter.charAt(0)) == 'q' && parameter.charAt(1) == '=') {
                String qvalue = parameter.substring(2);
                return QVALUE.matcher(qvalue).matches() ? Double.parseDouble(qvalue) : 0;
            }
        }
        return 1;
    }
}
