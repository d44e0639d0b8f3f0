package io.rdpfix.request;

import io.rdpfix.azure.AzureVm;
import io.rdpfix.catalog.Fix;
import io.rdpfix.script.ScriptRequest;
import io.rdpfix.text.Language;
import java.util.List;
import java.util.Optional;

/** A request that can be rendered, or the reasons it cannot. */
public sealed interface ParseResult permits ParseResult.Valid, ParseResult.Invalid {

    Language language();

    /** The form as this parse understood it, valid or not. */
    FormState form();

    /**
     * The fix the form describes, with the number given when it is one the fix takes: the request's,
     * or when refused the one named (the default fix for an unknown id, which the page marks as an error).
     */
    Fix fix();

    /** What the page says of the fix: with its number, or, while the number typed is refused, its placeholder instead. */
    default Fix.Described described() {
        return this instanceof Invalid invalid && fix().input().filter(input -> invalid.refuses(input.key())).isPresent()
                ? fix().describedWithoutItsNumber() : fix().described();
    }

    /**
     * @param vm the VM the Run Command and repair commands name, when both its resource group and
     *           name were given; no script depends on it
     */
    record Valid(ScriptRequest request, FormState form, Optional<AzureVm> vm) implements ParseResult {
        public Language language() {
            return request.language();
        }

        public Fix fix() {
            return request.fix();
        }
    }

    record Invalid(List<Violation> violations, FormState form, Fix fix) implements ParseResult {
        public Language language() {
            return form.language();
        }

        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid request has at least one violation");
            }
        }

        /** Whether {@code field} is one of those refused. */
        public boolean refuses(String field) {
            return violations.stream().anyMatch(v -> v.field().equals(field));
        }

        public String describe() {
            StringBuilder text = new StringBuilder();
            violations.forEach(v -> text.append(v.describe(language())).append('\n'));
            return text.toString();
        }
    }
}
