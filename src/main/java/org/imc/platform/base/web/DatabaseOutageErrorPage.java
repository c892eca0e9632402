package org.imc.platform.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.imc.platform.base.DatabaseOutage;
import org.imc.platform.base.Language;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page of plain HTTP requests (outside Vaadin's UI, e.g. the sign-in form's POST)
 * that failed because the database is out of reach: status 503 and the translated "temporarily
 * unavailable, please try again" instead of a generic error page or a stack trace.
 */
@Component
class DatabaseOutageErrorPage implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        boolean outage = status == HttpStatus.SERVICE_UNAVAILABLE
                || (error instanceof Throwable throwable
                        && (DatabaseOutage.isCause(throwable) || DatabaseOutage.isBusy(throwable)));
        if (!outage) {
            return null;
        }
        boolean busy = error instanceof Throwable throwable && DatabaseOutage.isBusy(throwable);
        Language language = Language.firstSpoken(request.getLocales()).orElse(Language.ENGLISH);
        ModelAndView page = new ModelAndView(page(language, busy), model);
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    private static View page(Language language, boolean busy) {
        ResourceBundle bundle = Language.bundle(language.locale());
        String title = HtmlUtils.htmlEscape(text(bundle, "error.database-unavailable.title"));
        String message =
                HtmlUtils.htmlEscape(text(bundle, busy ? DatabaseOutage.BUSY_KEY : DatabaseOutage.MESSAGE_KEY));
        String again = HtmlUtils.htmlEscape(text(bundle, "error.try-again"));
        String html = """
                <!DOCTYPE html>
                <html lang="%4$s" dir="%5$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title><link rel="stylesheet" href="/styles/imc.css"></head>
                <body><main class="imc-view"><h1>%1$s</h1><p>%2$s</p><p><a href="/">%3$s</a></p></main></body></html>
                """.formatted(title, message, again, language.tag(), language.rightToLeft() ? "rtl" : "ltr");
        return new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(
                    Map<String, ?> model, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                    throws Exception {
                response.setContentType(getContentType());
                response.setHeader("Retry-After", "10");
                response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
