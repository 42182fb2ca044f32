package fr.plie.export;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * One chart of a report, drawn by JFreeChart: as an accessible SVG element for the HTML report and the web
 * application, or on any {@link Graphics2D} (the PDF draws it as vectors). Get them from {@link ReportCharts}.
 */
public final class ReportChart {
    private final String id;
    private final String title;
    private final String description;
    private final JFreeChart chart;
    private final int height;

    ReportChart(String id, String title, String description, JFreeChart chart, int height) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.chart = chart;
        this.height = height;
    }

    /**
     * A stable identifier: {@code rates}, {@code months}, {@code jobs}, {@code employers}, {@code sectors}, {@code caseload}.
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * The chart's title, in the report's language.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * What the chart shows, in words, for readers who do not see it (and what it leaves out).
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The height the chart reads best at for {@link ReportCharts#WIDTH}, in pixels.
     *
     * @return the height, in pixels
     */
    public int height() {
        return height;
    }

    /**
     * The chart as an {@code <svg>} element that scales to its container (a view box, no fixed size), with
     * {@code role="img"}, a {@code <title>} and a {@code <desc>}; texts stay text, so they are sharp and can be
     * measured.
     *
     * @param width in pixels
     * @param height in pixels
     * @return the SVG document
     */
    public String svg(int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // ids of clips and gradients prefixed by the chart's: several charts on one page, same output every run
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(id + "-chart", false, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>') + 1;
        return svg.substring(0, open - 1)
                + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" class=\"chart\">"
                + "<title id=\"" + id + "-title\">" + Html.escape(title) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + Html.escape(description) + "</desc>"
                + svg.substring(open);
    }

    /**
     * Draws the chart in {@code area} of {@code g2}.
     *
     * @param g2 where to draw
     * @param area the area to draw in
     */
    public void draw(Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }

    JFreeChart chart() {
        return chart;
    }
}
