package fr.plie.export;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.XRLog;
import fr.plie.reporting.indicator.IndicatorReport;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The HTML report laid out on A4 pages by openhtmltopdf (PDFBox): the same template and stylesheet, the charts
 * drawn as vectors by JFreeChart straight into the PDF, so they stay sharp at any zoom and on paper.
 */
final class PdfReportExporter implements ReportExporter {
    static final String CHART_TYPE = "application/x-plie-chart";

    static {
        // openhtmltopdf logs timings and the CSS it skips to the console; nothing a report's reader needs
        XRLog.setLoggingEnabled(false);
    }

    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        Map<String, ReportChart> charts = new HashMap<>();
        ReportCharts.of(report, settings).forEach(c -> charts.put(c.id(), c));
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(CHART_TYPE, new ChartDrawer(charts));
        String html = HtmlReportExporter.render(new HtmlView(report, settings, true));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.useObjectDrawerFactory(drawers);
        builder.toStream(out);
        builder.run();
        out.flush();
    }

    /** Draws the chart an {@code <object data-chart="id">} names, at the size the stylesheet gives it. */
    private record ChartDrawer(Map<String, ReportChart> charts) implements FSObjectDrawer {
        @Override
        public Map<java.awt.Shape, String> drawObject(
                Element element,
                double x,
                double y,
                double width,
                double height,
                OutputDevice device,
                RenderingContext context,
                int dotsPerPixel) {
            ReportChart chart = charts.get(element.getAttribute("data-chart"));
            if (chart != null) {
                // lay the chart out at its own pixel width, then scale it to the box: same proportions as on screen
                double scale = width / dotsPerPixel / ReportCharts.WIDTH;
                device.drawWithGraphics(
                        (float) x, (float) y, (float) (width / dotsPerPixel), (float) (height / dotsPerPixel), g2 -> {
                            g2.scale(scale, scale);
                            chart.draw(
                                    g2,
                                    new Rectangle2D.Double(0, 0, ReportCharts.WIDTH, height / dotsPerPixel / scale));
                        });
            }
            return null;
        }
    }
}
