package org.credo.service.console;

import io.quarkus.qute.RawString;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts drawn on the server: no script, no library, printable, and readable with styles off (every
 * chart has a title and each mark a tooltip).
 */
final class Charts {
    private static final String[] PALETTE = {"#2c5282", "#b8322a", "#2f7d4f", "#9a6700", "#6b5b95", "#3d8fa8",
            "#8a5a44", "#7a8795"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private Charts() {
    }

    /** The colour of the n-th series. */
    static String color(int n) {
        return PALETTE[n % PALETTE.length];
    }

    /** Stacked columns: one per day, a segment per series. */
    static RawString stackedColumns(String title, List<LocalDate> days, List<String> series,
                                    Map<LocalDate, Map<String, Long>> counts) {
        int width = 760;
        int height = 230;
        int left = 40;
        int bottom = 24;
        int top = 10;
        long max = Math.max(1, days.stream().mapToLong(d -> counts.getOrDefault(d, Map.of()).values().stream()
                .mapToLong(Long::longValue).sum()).max().orElse(1));
        long step = niceStep(max);
        long ceiling = ((max + step - 1) / step) * step;
        double plotHeight = height - bottom - top;
        double slot = (double) (width - left - 8) / Math.max(1, days.size());
        var svg = open(title, width, height);
        for (long tick = 0; tick <= ceiling; tick += step) {
            double y = top + plotHeight - plotHeight * tick / ceiling;
            svg.append(line(left, y, width - 4, y, "#e3e8ee"));
            svg.append(text(left - 6, y + 4, "end", Long.toString(tick)));
        }
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            double x = left + i * slot + slot * 0.15;
            double y = top + plotHeight;
            Map<String, Long> ofDay = counts.getOrDefault(day, Map.of());
            for (int s = 0; s < series.size(); s++) {
                long n = ofDay.getOrDefault(series.get(s), 0L);
                if (n == 0) {
                    continue;
                }
                double h = plotHeight * n / ceiling;
                y -= h;
                svg.append(rect(x, y, slot * 0.7, h, color(s), day + " · " + series.get(s) + ": " + n));
            }
            if (days.size() <= 16 || i % Math.max(1, days.size() / 10) == 0) {
                svg.append(text(x + slot * 0.35, height - 8, "middle", DAY.format(day)));
            }
        }
        return close(svg);
    }

    /** One horizontal bar per row, split into segments; labels on the left, totals on the right. */
    static RawString stackedBars(String title, List<String> rows, List<String> rowLabels,
                                 List<Map<String, Long>> segments, Map<String, String> segmentColors) {
        int width = 470;
        int rowHeight = 26;
        int left = 180;
        int height = Math.max(1, rows.size()) * rowHeight + 8;
        long max = Math.max(1, segments.stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(1));
        double plotWidth = width - left - 40;
        var svg = open(title, width, height);
        for (int r = 0; r < rows.size(); r++) {
            double y = 4 + r * rowHeight;
            svg.append(text(left - 8, y + 16, "end", rowLabels.get(r)));
            double x = left;
            long total = 0;
            for (var segment : segments.get(r).entrySet()) {
                double w = plotWidth * segment.getValue() / max;
                svg.append(rect(x, y + 3, w, rowHeight - 8, segmentColors.getOrDefault(segment.getKey(), "#7a8795"),
                        rows.get(r) + " · " + segment.getKey() + ": " + segment.getValue()));
                x += w;
                total += segment.getValue();
            }
            svg.append(text(x + 6, y + 16, "start", Long.toString(total)));
        }
        return close(svg);
    }

    /**
     * Selected share per class as bars against the target rate as a marker: where the bar ends near its marker the
     * sampling does what the rules say.
     */
    static RawString shareAgainstTarget(String title, List<String> labels, List<Double> shares, List<Double> targets,
                                        List<Long> counts) {
        int width = 760;
        int rowHeight = 34;
        int left = 190;
        int height = Math.max(1, labels.size()) * rowHeight + 30;
        double max = Math.max(0.05, Math.max(shares.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                targets.stream().mapToDouble(Double::doubleValue).max().orElse(0)) * 1.15);
        double plotWidth = width - left - 150;
        var svg = open(title, width, height);
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double x = left + plotWidth * tick / 4;
            svg.append(line(x, 4, x, height - 22, "#e3e8ee"));
            svg.append(text(x, height - 8, "middle", percent(value)));
        }
        for (int r = 0; r < labels.size(); r++) {
            double y = 6 + r * rowHeight;
            svg.append(text(left - 8, y + 17, "end", labels.get(r)));
            double w = plotWidth * shares.get(r) / max;
            svg.append(rect(left, y + 5, w, rowHeight - 14, "#3d6a9e", labels.get(r) + ": "
                    + percent(shares.get(r)) + " selected of " + counts.get(r)));
            double tx = left + plotWidth * targets.get(r) / max;
            svg.append(f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b8322a\" "
                            + "stroke-width=\"3\">", tx, y + 1, tx, y + rowHeight - 5))
                    .append("<title>").append(Html.escape(labels.get(r) + ": target " + percent(targets.get(r))))
                    .append("</title></line>");
            svg.append(text(left + plotWidth + 8, y + 17, "start", percent(shares.get(r)) + " / "
                    + percent(targets.get(r)) + "  (n=" + counts.get(r) + ")"));
        }
        return close(svg);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, value < 0.1 ? "%.1f%%" : "%.0f%%", value * 100);
    }

    private static long niceStep(long max) {
        long raw = Math.max(1, max / 4);
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long factor : new long[]{1, 2, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String f(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder().append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(Html.escape(title))
                .append("</title>");
    }

    private static RawString close(StringBuilder svg) {
        return new RawString(svg.append("</svg>").toString());
    }

    private static String rect(double x, double y, double w, double h, String fill, String tooltip) {
        return f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" rx=\"1.5\">"
                + "<title>%s</title></rect>", x, y, Math.max(0, w), Math.max(0, h), fill, Html.escape(tooltip));
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return f("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", x1, y1, x2, y2, stroke);
    }

    private static String text(double x, double y, String anchor, String content) {
        return f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                Html.escape(content));
    }

    /** The days from {@code from} to {@code to}, inclusive. */
    static List<LocalDate> days(LocalDate from, LocalDate to) {
        var days = new ArrayList<LocalDate>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
