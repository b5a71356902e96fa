package org.dangjian.gateway.problem;

import java.util.List;
import java.util.Locale;

/** Chinese unless the client's Accept-Language ranks English above Chinese. */
enum Language {
    ZH, EN;

    private static final List<String> SUPPORTED = List.of("zh", "en");

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
            return "en".equals(best) ? EN : ZH;
        } catch (IllegalArgumentException malformed) {
            return ZH;
        }
    }
}
