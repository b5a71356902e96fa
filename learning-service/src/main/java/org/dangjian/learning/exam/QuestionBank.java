package org.dangjian.learning.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.learning.course.CourseReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions an exam of an organisation may use: those of its own bank and of the banks above it (a town's exam
 * draws from the city's bank too). Read here without the administrators' scope: a taker's attempt is drawn and
 * graded from it, and a taker sees none of it but the questions drawn for them, without their keys.
 */
@Component
class QuestionBank {
    private static final String COLUMNS = "SELECT id, kind, stem, options, correct, accepted, tags, difficulty FROM question";
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> INDICES = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuestionBank(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The questions among {@code ids}, by id. */
    Map<Long, KeyedQuestion> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE id IN (:ids)").param("ids", ids).query(this::keyed).list().stream()
                .collect(Collectors.toMap(KeyedQuestion::id, Function.identity()));
    }

    /** Of {@code ids}, those an exam of the organisation at {@code examPath} may use. */
    List<Long> usable(String examPath, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM question WHERE id IN (:ids) AND org_path IN (:paths)").param("ids", ids)
                .param("paths", CourseReader.ancestors(examPath)).query(Long.class).list();
    }

    /**
     * Up to {@code count} questions at random an exam of the organisation at {@code examPath} may use, of the tag and
     * difficulty when given, none of {@code drawn}.
     */
    List<Long> draw(String examPath, Draw rule, Collection<Long> drawn) {
        StringBuilder sql = new StringBuilder("SELECT id FROM question WHERE org_path IN (:paths)");
        if (rule.tag() != null) {
            sql.append(" AND tags LIKE :tag");
        }
        if (rule.difficulty() != null) {
            sql.append(" AND difficulty = :difficulty");
        }
        if (!drawn.isEmpty()) {
            sql.append(" AND id NOT IN (:drawn)");
        }
        sql.append(" ORDER BY RAND() LIMIT :count");
        var statement = jdbc.sql(sql.toString()).param("paths", CourseReader.ancestors(examPath))
                .param("count", rule.count());
        if (rule.tag() != null) {
            statement = statement.param("tag", "%," + rule.tag().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + ",%");
        }
        if (rule.difficulty() != null) {
            statement = statement.param("difficulty", rule.difficulty());
        }
        if (!drawn.isEmpty()) {
            statement = statement.param("drawn", drawn);
        }
        return statement.query(Long.class).list();
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    <T> T read(String column, Class<T> type) {
        return json.readValue(column, type);
    }

    List<String> texts(String column) {
        return json.readValue(column, TEXTS);
    }

    List<Integer> indices(String column) {
        return json.readValue(column, INDICES);
    }

    static String tagsColumn(List<String> tags) {
        return tags.isEmpty() ? "," : tags.stream().map(String::strip).collect(Collectors.joining(",", ",", ","));
    }

    static List<String> tagList(String column) {
        return Arrays.stream(column.split(",")).filter(t -> !t.isEmpty()).toList();
    }

    KeyedQuestion keyed(ResultSet rs, int row) throws SQLException {
        return new KeyedQuestion(rs.getLong("id"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("stem"),
                texts(rs.getString("options")), indices(rs.getString("correct")), texts(rs.getString("accepted")),
                tagList(rs.getString("tags")), rs.getInt("difficulty"));
    }
}
