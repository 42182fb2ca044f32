/**
 * plie-core: the PLIE domain (participants, referrals, committee decisions, steps, interviews, exits), the
 * parcours lifecycle and the ports its adapters implement. {@code fr.plie.core.internal} is plumbing shared by
 * plie's own modules, not API.
 */
module fr.plie.core {
    requires transitive io.vavr;
    requires transitive jakarta.validation;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports fr.plie.core.admission;
    exports fr.plie.core.common;
    exports fr.plie.core.esf;
    exports fr.plie.core.exit;
    exports fr.plie.core.parcours;
    exports fr.plie.core.participant;
    exports fr.plie.core.step;
    exports fr.plie.core.internal to
            fr.plie.rules,
            fr.plie.reporting,
            fr.plie.export,
            fr.plie.spreadsheet,
            fr.plie.adapter.jdbc,
            fr.plie.adapter.json,
            fr.plie.server,
            fr.plie.examples;

    provides jakarta.validation.valueextraction.ValueExtractor with
            fr.plie.core.internal.OptionValueExtractor;
}
