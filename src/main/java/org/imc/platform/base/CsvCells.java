package org.imc.platform.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the platform hands out is written here (RFC 4180, header line). A text cell
 * starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a
 * spreadsheet opening the file never runs it as a formula. Numbers, dates and other non-text
 * values are written as they are (a negative amount stays a number).
 */
public final class CsvCells {

    private CsvCells() {}

    /** The rows as one CSV text, every text cell defused. */
    public static String write(List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvCells::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One row from values (a convenience for {@link #write}). */
    public static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** A cell as written: text defused, null empty, anything else as it is. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof CharSequence text ? defuse(text.toString()) : value;
    }

    /** A text cell a spreadsheet cannot take for a formula. */
    public static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
