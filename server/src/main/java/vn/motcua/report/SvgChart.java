package vn.motcua.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws a report's chart as an SVG document on the server: no script, no bundle, nothing fetched, and the same
 * picture in every browser. A line of daily shares, or bars per unit, each on a 0 to 100% axis with a dashed target
 * line, and a title and description a screen reader reads. The words come from the caller, already translated.
 */
public final class SvgChart {

    /** One point or bar: its label under the axis and its value in percent, null when there is nothing to show. */
    public record Point(String label, Double percent) {
    }

    /** What the chart says: its id (unique on the page), title, description, and the target line's percent. */
    public record Words(String id, String title, String description, double target, String targetLabel) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 56;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;

    private SvgChart() {
    }

    /** A line through the points that have a value; a point without one breaks the line and is left out. */
    public static String line(Words words, List<Point> points, Locale locale) {
        StringBuilder svg = open(words);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        double step = points.size() > 1 ? (double) PLOT_WIDTH / (points.size() - 1) : 0;
        for (int index = 0; index < points.size(); index++) {
            Point point = points.get(index);
            double x = LEFT + (points.size() > 1 ? index * step : PLOT_WIDTH / 2.0);
            label(svg, x, point.label(), index, points.size());
            if (point.percent() == null) {
                drawing = false;
                continue;
            }
            double y = y(point.percent());
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(number(x)).append(' ').append(number(y));
            drawing = true;
            svg.append("<circle class=\"chart-point\" cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                    .append("\" r=\"3\" data-label=\"").append(escape(point.label())).append("\" data-value=\"")
                    .append(number(point.percent())).append("\"><title>").append(escape(point.label())).append(": ")
                    .append(percent(point.percent(), locale)).append("</title></circle>");
        }
        if (!path.isEmpty()) {
            svg.append("<path class=\"chart-line\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" d=\"")
                    .append(path).append("\"/>");
        }
        return close(svg);
    }

    /** A bar per point, its value written above it; a point without a value gets a label and no bar. */
    public static String bars(Words words, List<Point> points, Locale locale) {
        StringBuilder svg = open(words);
        double slot = points.isEmpty() ? PLOT_WIDTH : (double) PLOT_WIDTH / points.size();
        double width = Math.min(64, slot * 0.6);
        for (int index = 0; index < points.size(); index++) {
            Point point = points.get(index);
            double middle = LEFT + slot * index + slot / 2;
            barLabel(svg, middle, point.label());
            if (point.percent() == null) {
                continue;
            }
            double top = y(point.percent());
            svg.append("<rect class=\"chart-bar\" fill=\"").append(point.percent() < words.target() ? "#c62828" : "#2e7d32")
                    .append("\" x=\"").append(number(middle - width / 2)).append("\" y=\"").append(number(top))
                    .append("\" width=\"").append(number(width)).append("\" height=\"")
                    .append(number(TOP + PLOT_HEIGHT - top)).append("\" data-label=\"").append(escape(point.label()))
                    .append("\" data-value=\"").append(number(point.percent())).append("\"><title>")
                    .append(escape(point.label())).append(": ").append(percent(point.percent(), locale))
                    .append("</title></rect>");
            text(svg, middle, top - 4, "middle", percent(point.percent(), locale), "chart-value");
        }
        return close(svg);
    }

    /** The plot's height for a percent, the axis running from 0 at the bottom to 100 at the top. */
    static double y(double percent) {
        double bounded = Math.max(0, Math.min(100, percent));
        return TOP + PLOT_HEIGHT * (1 - bounded / 100);
    }

    private static StringBuilder open(Words words) {
        StringBuilder svg = new StringBuilder();
        String title = words.id() + "-title";
        String description = words.id() + "-desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(words.id()))
                .append("\" class=\"report-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" aria-labelledby=\"").append(title).append(' ').append(description)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"").append(title).append("\">").append(escape(words.title())).append("</title>");
        svg.append("<desc id=\"").append(description).append("\">").append(escape(words.description()))
                .append("</desc>");
        text(svg, LEFT, 20, "start", words.title(), "chart-title");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent);
            svg.append("<line class=\"chart-grid\" stroke=\"#ddd\" x1=\"").append(LEFT).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y1=\"").append(number(y)).append("\" y2=\"").append(number(y))
                    .append("\"/>");
            text(svg, LEFT - 6, y + 4, "end", percent + "%", "chart-axis");
        }
        double target = y(words.target());
        svg.append("<line class=\"chart-target\" stroke=\"#ef6c00\" stroke-dasharray=\"6 4\" x1=\"").append(LEFT)
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(number(target)).append("\" y2=\"")
                .append(number(target)).append("\"/>");
        text(svg, WIDTH - RIGHT, target - 4, "end", words.targetLabel(), "chart-target-label");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    /** Labels under a long line: every one when few, else about ten of them so they do not overlap. */
    private static void label(StringBuilder svg, double x, String label, int index, int count) {
        int every = Math.max(1, (int) Math.ceil(count / 10.0));
        if (index % every == 0 || index == count - 1) {
            text(svg, x, HEIGHT - BOTTOM + 18, "middle", label, "chart-label");
        }
    }

    /** A unit's name under its bar, on two lines at its dash ("Phòng Tư pháp – Hộ tịch"), so neighbours do not meet. */
    private static void barLabel(StringBuilder svg, double x, String label) {
        int dash = label.indexOf(" – ");
        if (dash < 0) {
            text(svg, x, HEIGHT - BOTTOM + 18, "middle", label, "chart-label");
            return;
        }
        svg.append("<text class=\"chart-label\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(HEIGHT - BOTTOM + 18)).append("\" text-anchor=\"middle\"><tspan x=\"")
                .append(number(x)).append("\">").append(escape(label.substring(0, dash))).append("</tspan><tspan x=\"")
                .append(number(x)).append("\" dy=\"15\">").append(escape(label.substring(dash + 3))).append("</tspan></text>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String words, String kind) {
        svg.append("<text class=\"").append(kind).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\" text-anchor=\"").append(anchor).append("\">").append(escape(words))
                .append("</text>");
    }

    private static String percent(double value, Locale locale) {
        return String.format(locale, "%.1f%%", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
