/** plie-rules: the positive-exit engine and its presets, eligibility, parcours alerts. */
module fr.plie.rules {
    requires transitive fr.plie.core;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports fr.plie.rules.alert;
    exports fr.plie.rules.audit;
    exports fr.plie.rules.eligibility;
    exports fr.plie.rules.exit;
    exports fr.plie.rules.preset;
    exports fr.plie.rules.readiness;
}
