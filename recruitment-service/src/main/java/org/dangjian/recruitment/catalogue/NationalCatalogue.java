package org.dangjian.recruitment.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national catalogue (25 steps in five stages with the time rules of the 2014 rules for developing Party
 * members, local practice marked), shipped as {@code catalogue/national.json} and stored as version 1 at the
 * first start (before the service answers requests), so that the text lives in one place. A document that breaks the catalogue's own checks stops the
 * service at start rather than reaching a case.
 */
@Component
class NationalCatalogue implements SmartInitializingSingleton {
    static final int VERSION = 1;
    static final String RESOURCE = "catalogue/national.json";
    private static final Logger log = LoggerFactory.getLogger(NationalCatalogue.class);
    private final Catalogues catalogues;
    private final JsonMapper json;

    NationalCatalogue(Catalogues catalogues, JsonMapper json) {
        this.catalogues = catalogues;
        this.json = json;
    }

    static CatalogueDocument read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, CatalogueDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        CatalogueDocument national = read(json);
        List<FieldProblem> problems = CatalogueCheck.national(national);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " breaks the catalogue's rules: " + problems);
        }
        if (catalogues.storeNational(national)) {
            log.info("stored the national catalogue of member development as version {} ({} steps)", VERSION,
                    national.steps().size());
        }
    }
}
