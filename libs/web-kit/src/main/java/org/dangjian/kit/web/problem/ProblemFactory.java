package org.dangjian.kit.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.kit.web.trace.RequestOrigin;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 bodies: {@code title} is the localized text of the code, {@code detail} the text of
 * {@code CODE.detail} when the bundle has one, plus {@code code}, {@code traceId} and {@code errors}.
 */
public class ProblemFactory {
    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatusCode status, String code, Object[] args, String instance,
                                List<Map<String, String>> errors) {
        return create(status, code, null, args, instance, errors);
    }

    /** As above, with {@code detail} from {@code detailCode} (a reason) instead of {@code CODE.detail}. */
    public ProblemDetail create(HttpStatusCode status, String code, String detailCode, Object[] args, String instance,
                                List<Map<String, String>> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        args = plain(args);
        String title = messages.getMessage(code, args, code, locale);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        String detail = messages.getMessage(code + ".detail", args, title, locale);
        if (detailCode != null) {
            detail = messages.getMessage(detailCode, args, detail, locale);
        }
        problem.setDetail(detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code);
        String traceId = RequestOrigin.traceId();
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Whether a code has a message in the locale (no fallback to the code itself). */
    public boolean hasMessage(String code, Locale locale) {
        return messages.getMessage(code, null, null, locale) != null;
    }

    /** Resolves a field message that is either a bundle code or already a sentence. */
    public String fieldMessage(String message, Object[] args) {
        return messages.getMessage(message, plain(args), message, LocaleContextHolder.getLocale());
    }

    /**
     * A {@code long} argument is an id: shown as the client sent it ({@code 9007199254740993}), not
     * formatted as a quantity with grouping separators ({@code 9,007,199,254,740,993}).
     */
    private static Object[] plain(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Long id) {
                out[i] = id.toString();
            }
        }
        return out;
    }
}
