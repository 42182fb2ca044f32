/** plie-reporting: the indicators a PLIE reports, the ESF+ common indicators, and their exports. */
module fr.plie.reporting {
    requires transitive fr.plie.core;
    requires static org.immutables.value.annotations;
    requires static java.compiler;
    // the exports (XLSX, CSV, HTML, charts): moving to their own artifact
    requires org.apache.commons.csv;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.jfree.jfreechart;
    requires java.desktop;

    exports fr.plie.reporting.indicator;
    exports fr.plie.reporting.export;
}
