package dev.recon.cli;

import java.util.List;
import java.util.Locale;

/**
 * How time grows with input in {@code recon bench --scaling}: a least-squares fit of log time on log
 * characters, and the points drawn as an SVG chart on log-log axes with the fitted line, so the
 * exponent can be read off the slope.
 */
final class ScalingPlot {

    /** One measured size. */
    record Point(int sources, long chars, double seconds) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int MARGIN = 60;

    private ScalingPlot() {
    }

    /** The exponent k of seconds ∝ chars^k fitted over {@code points}; NaN for fewer than two. */
    static double exponent(List<Point> points) {
        if (points.size() < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (Point p : points) {
            mx += Math.log(p.chars());
            my += Math.log(p.seconds());
        }
        mx /= points.size();
        my /= points.size();
        double sxy = 0;
        double sxx = 0;
        for (Point p : points) {
            double dx = Math.log(p.chars()) - mx;
            sxy += dx * (Math.log(p.seconds()) - my);
            sxx += dx * dx;
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** The chart as a standalone SVG document. */
    static String svg(List<Point> points, String caption) {
        double minX = points.stream().mapToDouble(p -> Math.log10(p.chars())).min().orElse(0);
        double maxX = points.stream().mapToDouble(p -> Math.log10(p.chars())).max().orElse(1);
        double minY = points.stream().mapToDouble(p -> Math.log10(p.seconds())).min().orElse(0);
        double maxY = points.stream().mapToDouble(p -> Math.log10(p.seconds())).max().orElse(1);
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"14\">%s</text>%n", MARGIN, escape(caption)));
        int x0 = MARGIN;
        int y0 = HEIGHT - MARGIN;
        int x1 = WIDTH - MARGIN / 2;
        int y1 = MARGIN;
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x1, y0));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x0, y1));
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">characters (log scale)</text>%n", (x0 + x1) / 2 - 60, HEIGHT - 15));
        sb.append(String.format(Locale.ROOT, "<text x=\"15\" y=\"%d\" transform=\"rotate(-90 15 %d)\">seconds (log scale)</text>%n",
                (y0 + y1) / 2 + 50, (y0 + y1) / 2 + 50));
        double k = exponent(points);
        double mx = points.stream().mapToDouble(p -> Math.log10(p.chars())).average().orElse(0);
        double my = points.stream().mapToDouble(p -> Math.log10(p.seconds())).average().orElse(0);
        if (!Double.isNaN(k)) {
            double ya = my + k * (minX - mx);
            double yb = my + k * (maxX - mx);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>%n",
                    px(minX, minX, spanX, x0, x1), py(ya, minY, spanY, y0, y1), px(maxX, minX, spanX, x0, x1), py(yb, minY, spanY, y0, y1)));
        }
        for (Point p : points) {
            double x = px(Math.log10(p.chars()), minX, spanX, x0, x1);
            double y = py(Math.log10(p.seconds()), minY, spanY, y0, y1);
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5fa8\"/>%n", x, y));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%d sources, %.1f s</text>%n", x + 6, y - 6,
                    p.sources(), p.seconds()));
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static double px(double v, double min, double span, int x0, int x1) {
        return x0 + (v - min) / span * (x1 - x0 - 120);
    }

    private static double py(double v, double min, double span, int y0, int y1) {
        return y0 - (v - min) / span * (y0 - y1 - 20);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
