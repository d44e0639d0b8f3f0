package io.rdpfix.request;

import io.rdpfix.azure.AzureVm;
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
     * @param vm the VM the Run Command and repair commands name, when both its resource group and
     *           name were given; no script depends on it
     */
    record Valid(ScriptRequest request, FormState form, Optional<AzureVm> vm) implements ParseResult {
        public Language language() {
            return request.language();
        }
    }

    record Invalid(List<Violation> violations, FormState form) implements ParseResult {
        public Language language() {
            return form.language();
        }

        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid request has at least one violation");
            }
        }

        public String describe() {
            StringBuilder text = new StringBuilder();
            violations.forEach(v -> text.append(v.describe(language())).append('\n'));
            return text.toString();
        }
    }
}
