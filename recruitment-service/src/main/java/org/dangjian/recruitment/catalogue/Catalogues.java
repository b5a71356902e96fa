package org.dangjian.recruitment.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue versions: the national one (version 1) and the finer ones a city loads, each refining the
 * national one. New cases start on the latest version; a case keeps the version it started with. Versions never
 * change once loaded, so each is read from the database once per process.
 */
@Service
public class Catalogues {
    static final String NOT_FOUND = "RECRUITMENT_CATALOGUE_NOT_FOUND";
    static final String LOADED_AT_ONCE = "RECRUITMENT_CATALOGUE_LOADED_AT_ONCE";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Integer, Catalogue> read = new ConcurrentHashMap<>();

    Catalogues(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The version new cases start on: the latest loaded. */
    public Catalogue current() {
        return version(latestVersion());
    }

    public Catalogue version(int version) {
        Catalogue c = read.get(version);
        if (c != null) {
            return c;
        }
        c = jdbc.sql("SELECT version, refines, document, loaded_by, loaded_at FROM catalogue WHERE version = ?")
                .param(version)
                .query((rs, i) -> new Catalogue(rs.getInt(1), (Integer) rs.getObject(2, Integer.class),
                        json.readValue(rs.getString(3), CatalogueDocument.class), (Long) rs.getObject(4, Long.class),
                        rs.getTimestamp(5).toInstant()))
                .optional().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        read.put(version, c);
        return c;
    }

    /** Every version, the latest first. */
    public List<Catalogue> newestFirst() {
        return jdbc.sql("SELECT version FROM catalogue ORDER BY version DESC").query(Integer.class).list().stream()
                .map(this::version).toList();
    }

    List<CatalogueSummary> all() {
        int latest = latestVersion();
        return jdbc.sql("SELECT version FROM catalogue ORDER BY version DESC").query(Integer.class).list().stream()
                .map(v -> CatalogueSummary.of(version(v), v == latest)).toList();
    }

    /** Loads a city's finer catalogue as the next version, refining the national one; every fault named. */
    @Transactional
    public Catalogue load(CatalogueDocument document, long by) {
        Catalogue national = version(NationalCatalogue.VERSION);
        List<FieldProblem> problems = CatalogueCheck.refining(document, national.document());
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        int version = latestVersion() + 1;
        try {
            insert(version, national.version(), document, by);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(LOADED_AT_ONCE);
        }
        return version(version);
    }

    /** Stores the national catalogue unless a replica did first; true when this call stored it. */
    boolean storeNational(CatalogueDocument national) {
        try {
            insert(NationalCatalogue.VERSION, null, national, null);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void insert(int version, Integer refines, CatalogueDocument document, Long by) {
        jdbc.sql("INSERT INTO catalogue (version, name, source, refines, document, loaded_by, loaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(version, document.name(), document.source(), refines, json.writeValueAsString(document), by,
                        Timestamp.from(clock.instant()))
                .update();
    }

    private int latestVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM catalogue").query(Integer.class).single();
    }
}
