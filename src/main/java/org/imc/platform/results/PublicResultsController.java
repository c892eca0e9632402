package org.imc.platform.results;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.imc.platform.base.Language;
import org.imc.platform.base.SubProgramme;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.sdg.SdgService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public results page: plain server-rendered HTML (no Vaadin, no session, no script) that
 * anyone may link to. The page is rendered once per language from the kept figures and served
 * from memory with an ETag and a one-minute public Cache-Control, so a request never touches the
 * database; the figures behind it are recomputed at most once a minute ({@link ResultsService}).
 */
@Controller
class PublicResultsController {

    private record Page(Instant computedAt, byte[] body, String etag) {}

    private final ResultsService results;
    private final SdgService sdgs;
    private final Currency currency;
    private final Map<Language, Page> pages = new EnumMap<>(Language.class);

    PublicResultsController(
            ResultsService results, SdgService sdgs, @Value("${imc.fund.currency:USD}") String currency) {
        this.results = results;
        this.sdgs = sdgs;
        this.currency = Currency.getInstance(currency);
    }

    @GetMapping("/public/results")
    ResponseEntity<byte[]> page(
            @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        Language language = Language.fromTag(lang)
                .or(() -> Language.firstSpoken(request.getLocales()))
                .orElse(Language.ENGLISH);
        Page page = page(language);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        CacheControl cache = CacheControl.maxAge(ResultsService.MAX_AGE.toSeconds(), TimeUnit.SECONDS)
                .cachePublic();
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(page.etag())
                    .cacheControl(cache)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                    .build();
        }
        return ok.eTag(page.etag())
                .cacheControl(cache)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .contentLength(page.body().length)
                .body(page.body());
    }

    private Page page(Language language) {
        NetworkResults r = results.publicResults();
        synchronized (pages) {
            Page kept = pages.get(language);
            if (kept != null && kept.computedAt().equals(r.computedAt())) {
                return kept;
            }
            byte[] body = render(r, language).getBytes(StandardCharsets.UTF_8);
            Page page = new Page(r.computedAt(), body, etag(body));
            pages.put(language, page);
            return page;
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String render(NetworkResults r, Language language) {
        Locale locale = language.locale();
        ResourceBundle bundle = Language.bundle(locale);
        Function<String, String> t = key -> bundle.containsKey(key) ? bundle.getString(key) : key;
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"")
                .append(language.tag())
                .append("\" dir=\"")
                .append(language.rightToLeft() ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(esc(t.apply("results.public.title")))
                .append(" · IMC</title><style>")
                .append(STYLE)
                .append("</style></head><body><main>");
        h.append("<nav aria-label=\"")
                .append(esc(t.apply("results.public.languages")))
                .append("\">");
        for (Language l : Language.values()) {
            h.append("<a href=\"?lang=")
                    .append(l.tag())
                    .append("\" lang=\"")
                    .append(l.tag())
                    .append('"');
            if (l == language) {
                h.append(" aria-current=\"page\"");
            }
            h.append('>').append(esc(l.nativeName())).append("</a> ");
        }
        h.append("</nav><h1>").append(esc(t.apply("results.public.title"))).append("</h1>");
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC)
                .format(r.computedAt());
        h.append("<p class=\"muted\">")
                .append(esc(new MessageFormat(t.apply("results.public.as-of"), locale).format(new Object[] {when})))
                .append("</p>");

        Figures f = r.totals();
        h.append("<section class=\"tiles\" aria-label=\"")
                .append(esc(t.apply("results.totals")))
                .append("\">");
        tile(h, numbers.format(f.activePartnerships()), t.apply("results.figure.partnerships"));
        tile(h, numbers.format(r.activeAgreements()), t.apply("results.figure.agreements"));
        tile(h, numbers.format(f.exchangesHeld()), t.apply("results.figure.exchanges"));
        tile(h, numbers.format(f.goalsMet()), t.apply("results.figure.goals"));
        tile(h, numbers.format(f.peopleTrained()), t.apply("results.figure.people"));
        tile(h, money(f.loansDisbursed(), locale), t.apply("results.figure.disbursed"));
        tile(h, money(f.loansRepaid(), locale), t.apply("results.figure.repaid"));
        tile(h, numbers.format(r.publishedPractices()), t.apply("results.figure.practices"));
        h.append("</section>");

        for (Dimension d : Dimension.values()) {
            table(h, r, d, t, numbers, locale);
        }

        h.append("<h2>").append(esc(t.apply("results.indicators"))).append("</h2>");
        if (r.indicators().isEmpty()) {
            h.append("<p>").append(esc(t.apply("results.indicators.none"))).append("</p>");
        } else {
            h.append("<table><thead><tr>");
            for (String k : List.of(
                    "results.indicator.unit",
                    "results.indicator.count",
                    "results.indicator.baseline",
                    "results.indicator.latest",
                    "results.indicator.target")) {
                h.append("<th scope=\"col\">").append(esc(t.apply(k))).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            NumberFormat decimals = NumberFormat.getNumberInstance(locale);
            for (IndicatorTotal i : r.indicators()) {
                h.append("<tr><th scope=\"row\">")
                        .append(esc(i.unit()))
                        .append("</th><td>")
                        .append(numbers.format(i.indicators()))
                        .append("</td><td>")
                        .append(decimals.format(i.baseline()))
                        .append("</td><td>")
                        .append(decimals.format(i.latest()))
                        .append("</td><td>")
                        .append(decimals.format(i.target()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }

        h.append("<h2>").append(esc(t.apply("results.partnerships"))).append("</h2>");
        if (r.partnerships().isEmpty()) {
            h.append("<p>").append(esc(t.apply("results.partnerships.none"))).append("</p>");
        } else {
            h.append("<ul class=\"partnerships\">");
            DateTimeFormatter date =
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            for (ActivePartnership p : r.partnerships()) {
                h.append("<li><bdi>")
                        .append(esc(p.firstMunicipality()))
                        .append("</bdi> (")
                        .append(esc(p.firstCountry()))
                        .append(") – <bdi>")
                        .append(esc(p.secondMunicipality()))
                        .append("</bdi> (")
                        .append(esc(p.secondCountry()))
                        .append(")<br><span class=\"muted\">")
                        .append(esc(new MessageFormat(t.apply("results.partnership.since"), locale)
                                .format(new Object[] {date.format(p.since())})));
                if (!p.themes().isEmpty()) {
                    h.append(" · ");
                    h.append(esc(String.join(
                            ", ",
                            p.themes().stream()
                                    .map(s -> t.apply(SubProgramme.valueOf(s).labelKey()))
                                    .toList())));
                }
                h.append("</span></li>");
            }
            h.append("</ul>");
        }
        h.append("<h2>")
                .append(esc(new MessageFormat(t.apply("results.practices"), locale)
                        .format(new Object[] {r.publishedPractices()})))
                .append("</h2>");
        if (!r.latestPractices().isEmpty()) {
            h.append("<ul>");
            for (PublishedPractice p : r.latestPractices()) {
                h.append("<li><bdi>")
                        .append(esc(p.title()))
                        .append("</bdi> (")
                        .append(esc(p.country()))
                        .append(")</li>");
            }
            h.append("</ul>");
        }
        h.append("<p class=\"muted\">")
                .append(esc(t.apply("results.public.note")))
                .append("</p>");
        h.append("</main></body></html>");
        return h.toString();
    }

    private void table(
            StringBuilder h,
            NetworkResults r,
            Dimension d,
            Function<String, String> t,
            NumberFormat numbers,
            Locale locale) {
        List<ResultRow> rows = r.by(d);
        h.append("<h2>").append(esc(t.apply(d.labelKey()))).append("</h2>");
        if (rows.isEmpty()) {
            h.append("<p>").append(esc(t.apply("results.none"))).append("</p>");
            return;
        }
        long max = rows.stream()
                .mapToLong(x -> x.figures().activePartnerships() + x.figures().goalsMet())
                .max()
                .orElse(1);
        h.append("<table><thead><tr><th scope=\"col\">")
                .append(esc(t.apply(d.labelKey())))
                .append("</th>");
        for (String k : List.of(
                "results.figure.partnerships",
                "results.figure.exchanges",
                "results.figure.goals",
                "results.figure.people",
                "results.figure.disbursed",
                "results.figure.repaid")) {
            h.append("<th scope=\"col\">").append(esc(t.apply(k))).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (ResultRow row : rows) {
            Figures f = row.figures();
            long bar = max == 0 ? 0 : (f.activePartnerships() + f.goalsMet()) * 100 / Math.max(1, max);
            h.append("<tr><th scope=\"row\">")
                    .append(esc(d.keyLabel(row.key(), t)))
                    .append("<span class=\"bar\" style=\"inline-size:")
                    .append(bar)
                    .append("%\"></span></th><td>")
                    .append(numbers.format(f.activePartnerships()))
                    .append("</td><td>")
                    .append(numbers.format(f.exchangesHeld()))
                    .append("</td><td>")
                    .append(numbers.format(f.goalsMet()))
                    .append("</td><td>")
                    .append(numbers.format(f.peopleTrained()))
                    .append("</td><td>")
                    .append(money(f.loansDisbursed(), locale))
                    .append("</td><td>")
                    .append(money(f.loansRepaid(), locale))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private String money(BigDecimal amount, Locale locale) {
        return Formats.money(amount, currency, locale);
    }

    private static void tile(StringBuilder h, String figure, String label) {
        h.append("<div class=\"tile\"><strong>")
                .append(esc(figure))
                .append("</strong><span>")
                .append(esc(label))
                .append("</span></div>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE =
            "body{font-family:system-ui,sans-serif;margin:0;color:#1b1f24;background:#f7f8fa}"
                    + "main{max-inline-size:72rem;margin:0 auto;padding:1rem}"
                    + "nav a{margin-inline-end:.75rem}h1{margin-block:.5rem}"
                    + ".muted{color:#5b6470}.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.75rem}"
                    + ".tile{background:#fff;border:1px solid #dde1e6;border-radius:.5rem;padding:.75rem}"
                    + ".tile strong{display:block;font-size:1.25rem;color:#1f5f8b;overflow-wrap:anywhere}"
                    + "table{border-collapse:collapse;inline-size:100%;background:#fff;margin-block-end:1rem}"
                    + "th,td{padding:.35rem .5rem;border-block-end:1px solid #e4e7eb;text-align:start}"
                    + "td{text-align:end;font-variant-numeric:tabular-nums}"
                    + ".bar{display:block;block-size:.35rem;background:#5a9e4b;border-radius:.2rem;margin-block-start:.2rem}"
                    + ".partnerships li{margin-block-end:.5rem}@media (max-width:40rem){table{font-size:.85rem}}";
}
