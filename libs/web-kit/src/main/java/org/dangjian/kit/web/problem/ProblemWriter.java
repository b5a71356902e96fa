package org.dangjian.kit.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details from servlet filters and security entry points, outside Spring MVC. */
public class ProblemWriter {
    private final ProblemFactory problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    public ProblemWriter(ProblemFactory problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code)
            throws IOException {
        write(request, response, status, code, null);
    }

    /** As above, with {@code detail} from {@code detailCode} (a reason), when given. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
                      String detailCode) throws IOException {
        // Filters run before the DispatcherServlet has resolved the locale.
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        ProblemDetail problem = problems.create(status, code, detailCode, null, request.getRequestURI(), null);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
