/**
 * plie-reporting: the indicators a PLIE reports, the ESF+ common indicators and participant file, the
 * spreadsheet import; the exports (XLSX, CSV, HTML, PDF) are in plie-export.
 */
module fr.plie.reporting {
    requires transitive fr.plie.core;
    requires transitive fr.plie.rules;
    requires org.apache.commons.csv;
    requires static org.immutables.value.annotations;
    requires static java.compiler;

    exports fr.plie.reporting.esf;
    exports fr.plie.reporting.indicator;
    exports fr.plie.reporting.spreadsheet;
}
