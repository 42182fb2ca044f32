/**
 * plie-reporting: the indicators a PLIE reports, the ESF+ common indicators and the ESF+ participant data; the
 * files (XLSX, CSV, HTML, PDF, the ESF+ participant file) are written by plie-export.
 */
module fr.plie.reporting {
    requires transitive fr.plie.core;
    requires transitive fr.plie.rules;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports fr.plie.reporting.esf;
    exports fr.plie.reporting.indicator;
}
