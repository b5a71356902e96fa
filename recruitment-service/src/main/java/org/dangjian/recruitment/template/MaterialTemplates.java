package org.dangjian.recruitment.template;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.storage.DocumentUploads;
import org.dangjian.kit.storage.FileNames;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The material templates the catalogue's steps name ("a template for each step's materials"): the city uploads a
 * PDF, Word or Excel file for a name, administrators download it while preparing the step's papers. A template is
 * known by its name across catalogue versions; a name no version lists is not found; a new upload replaces the file.
 */
@Service
public class MaterialTemplates {
    static final String NOT_FOUND = "RECRUITMENT_TEMPLATE_NOT_FOUND";
    static final String NOT_UPLOADED = "RECRUITMENT_TEMPLATE_NOT_UPLOADED";
    static final String FOLDER = "recruitment-templates";
    private final Catalogues catalogues;
    private final JdbcClient jdbc;
    private final DocumentUploads uploads;
    private final ObjectStore store;
    private final Clock clock;

    MaterialTemplates(Catalogues catalogues, JdbcClient jdbc, DocumentUploads uploads, ObjectStore store, Clock clock) {
        this.catalogues = catalogues;
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.store = store;
        this.clock = clock;
    }

    /** A template's bytes and how to offer them. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** Every template some version names, in the order of the newest version's steps, with its file if uploaded. */
    public List<TemplateView> all() {
        Map<String, MaterialTemplate> files = new LinkedHashMap<>();
        jdbc.sql("SELECT name, object_key, file_name, content_type, size_bytes, uploaded_by, uploaded_at FROM material_template")
                .query(MaterialTemplates::row).list().forEach(t -> files.put(t.name(), t));
        List<TemplateView> views = new ArrayList<>();
        named().forEach((name, steps) -> views.add(view(name, steps, files.get(name))));
        return views;
    }

    @Transactional
    public TemplateView upload(String name, String fileName, InputStream in, long by) {
        List<TemplateView.StepRef> steps = stepsNaming(name);
        StoredUpload stored = uploads.store(FOLDER, fileName, in);
        Optional<String> replaced = jdbc.sql("SELECT object_key FROM material_template WHERE name = ? FOR UPDATE")
                .param(name).query(String.class).optional();
        MaterialTemplate t = new MaterialTemplate(name, stored.key(), FileNames.clean(fileName), stored.contentType(),
                stored.size(), by, clock.instant());
        jdbc.sql("INSERT INTO material_template (name, object_key, file_name, content_type, size_bytes, uploaded_by,"
                        + " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE object_key = VALUES(object_key),"
                        + " file_name = VALUES(file_name), content_type = VALUES(content_type),"
                        + " size_bytes = VALUES(size_bytes), uploaded_by = VALUES(uploaded_by), uploaded_at = VALUES(uploaded_at)")
                .params(t.name(), t.objectKey(), t.fileName(), t.contentType(), t.sizeBytes(), t.uploadedBy(),
                        Timestamp.from(t.uploadedAt()))
                .update();
        // the old file goes once the new one is committed; should the write fail, the new file is the one left over
        replaced.ifPresent(key -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(key);
            }
        }));
        return view(name, steps, t);
    }

    public Download download(String name) {
        stepsNaming(name);
        MaterialTemplate t = jdbc.sql("SELECT name, object_key, file_name, content_type, size_bytes, uploaded_by,"
                        + " uploaded_at FROM material_template WHERE name = ?")
                .param(name).query(MaterialTemplates::row).optional()
                .orElseThrow(() -> ApiException.notFound(NOT_UPLOADED, name));
        byte[] bytes = store.get(t.objectKey()).orElseThrow(() -> ApiException.notFound(NOT_UPLOADED, name));
        return new Download(t.fileName(), t.contentType(), bytes);
    }

    private List<TemplateView.StepRef> stepsNaming(String name) {
        List<TemplateView.StepRef> steps = named().get(name);
        if (steps == null) {
            throw ApiException.notFound(NOT_FOUND, name);
        }
        return steps;
    }

    /** Each name any version lists, with the steps of the newest version listing it; the newest version's first. */
    private Map<String, List<TemplateView.StepRef>> named() {
        Map<String, List<TemplateView.StepRef>> named = new LinkedHashMap<>();
        for (Catalogue catalogue : catalogues.newestFirst()) {
            Map<String, List<TemplateView.StepRef>> ofVersion = new LinkedHashMap<>();
            for (StepDefinition step : catalogue.steps()) {
                for (String template : step.templates()) {
                    ofVersion.computeIfAbsent(template, k -> new ArrayList<>())
                            .add(new TemplateView.StepRef(step.code(), step.name()));
                }
            }
            ofVersion.forEach(named::putIfAbsent);
        }
        return named;
    }

    private static TemplateView view(String name, List<TemplateView.StepRef> steps, MaterialTemplate file) {
        if (file == null) {
            return new TemplateView(name, steps, false, null, null, null, null, null);
        }
        return new TemplateView(name, steps, true, file.fileName(), file.contentType(), file.sizeBytes(),
                file.uploadedAt(), url(name));
    }

    static String url(String name) {
        return "/api/recruitment/templates/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/file";
    }

    private static MaterialTemplate row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new MaterialTemplate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), rs.getTimestamp(7).toInstant());
    }
}
