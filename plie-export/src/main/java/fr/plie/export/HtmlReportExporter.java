package fr.plie.export;

import fr.plie.reporting.indicator.IndicatorReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained HTML page, well-formed XHTML so the PDF reads the same markup: the summary first, the SVG
 * charts, then one table per {@link Section}; a print stylesheet lays it out on A4.
 */
final class HtmlReportExporter implements ReportExporter {
    /** Templates compiled with the sources by jte-maven-plugin, looked up in this package. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
            null, ContentType.Html, HtmlReportExporter.class.getClassLoader(), "fr.plie.export");

    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        out.write(render(new HtmlView(report, settings, false)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(HtmlView view) {
        StringOutput html = new StringOutput(64 * 1024);
        TEMPLATES.render("report.jte", view, html);
        return html.toString();
    }
}
