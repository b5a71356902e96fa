package org.dangjian.learning.discussion;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words a post may not contain, kept by the city as data. Text and words are compared as matched: lower case,
 * with spaces and punctuation dropped, so a word split by spaces or dots is caught. The list is read for each post
 * (a few hundred short words, one indexed read; posts come a few a minute), so a word added is in force at once on
 * every replica.
 */
@Service
public class SensitiveWords {
    static final String WORD_TAKEN = "LEARNING_SENSITIVE_WORD_TAKEN";
    static final String WORD_NOT_FOUND = "LEARNING_SENSITIVE_WORD_NOT_FOUND";
    static final String WORD_EMPTY = "LEARNING_SENSITIVE_WORD_EMPTY";
    static final String CONTAINS_WORD = "LEARNING_POST_SENSITIVE_WORD";

    private final JdbcClient jdbc;
    private final Clock clock;

    SensitiveWords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refuses (400 at {@code field}) a text containing a listed word, naming the word so the author can change it. */
    void check(String field, String text) {
        first(text).ifPresent(word -> {
            throw ApiException.invalidField(field, CONTAINS_WORD, word);
        });
    }

    Optional<String> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String matched = matched(text);
        return words().stream().map(SensitiveWordView::word).filter(matched::contains).findFirst();
    }

    List<SensitiveWordView> words() {
        return jdbc.sql("SELECT id, word FROM sensitive_word ORDER BY word").query(SensitiveWordView.class).list();
    }

    @Transactional
    SensitiveWordView add(String word, CurrentUser by) {
        String matched = matched(word);
        if (matched.isEmpty()) {
            throw ApiException.invalidField("word", WORD_EMPTY);
        }
        try {
            jdbc.sql("INSERT INTO sensitive_word (word, created_by, created_at) VALUES (?, ?, ?)")
                    .params(matched, by.accountId(), clock.instant()).update();
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(WORD_TAKEN, matched);
        }
        return jdbc.sql("SELECT id, word FROM sensitive_word WHERE word = ?").param(matched)
                .query(SensitiveWordView.class).single();
    }

    @Transactional
    void remove(long id) {
        if (jdbc.sql("DELETE FROM sensitive_word WHERE id = ?").param(id).update() == 0) {
            throw ApiException.notFound(WORD_NOT_FOUND);
        }
    }

    /** Lower case, letters and digits only (Chinese characters are letters). */
    static String matched(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
