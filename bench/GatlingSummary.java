import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the per-step table of a Gatling report: requests, errors, p50/p95/p99 and max in ms.
 * Reads the report's index.html (Gatling 3.15 keeps its statistics there).
 *
 *   java bench/GatlingSummary.java target/gatling/platformsimulation-... [node CPU ms over the run]
 *
 * With the node's CPU time over the run (see node_cpu_ms in bench/app-node.sh) it also prints
 * the server's CPU milliseconds per request.
 */
public class GatlingSummary {

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0], "index.html"));
        String body = html.substring(Math.max(0, html.indexOf("id=\"container_statistics_head\"")));
        System.out.printf(Locale.ROOT, "%-40s %8s %7s %8s %8s %8s %8s%n", "step", "requests", "errors", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        long errors = 0;
        long requests = 0;
        for (String row : body.split("<tr id=")) {
            Matcher name = NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                cells.putIfAbsent(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            if (cells.size() < 12) {
                continue;
            }
            String step = name.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
            boolean global = step.equalsIgnoreCase("All Requests");
            if (!global) {
                errors += Long.parseLong(cells.get(4).replace(",", ""));
            } else {
                requests = Long.parseLong(cells.get(2).replace(",", ""));
            }
            System.out.printf(Locale.ROOT, "%-40s %8s %7s %8s %8s %8s %8s%n", global ? "ALL REQUESTS" : step,
                    cells.get(2), cells.get(4), cells.get(8), cells.get(10), cells.get(11), cells.get(12));
        }
        System.out.println(errors == 0 ? "No errors." : "ERRORS: " + errors + " failed requests.");
        if (args.length > 1 && requests > 0) {
            long cpuMs = Long.parseLong(args[1]);
            System.out.printf(Locale.ROOT, "Node CPU: %.1f s over the run, %.1f ms per request (%,d requests)%n",
                    cpuMs / 1000.0, (double) cpuMs / requests, requests);
        }
    }
}
