package org.dangjian.kit.security.scope;

import com.baomidou.mybatisplus.extension.parser.JsqlParserGlobal;
import com.baomidou.mybatisplus.extension.parser.cache.JdkSerialCaffeineJsqlParseCache;

/**
 * Keeps each statement's parse, by its SQL text, for the scope to rewrite. JSqlParser parses on an executor of
 * (cores + 1) / 2 threads, one on a two-core machine, so every scoped query of every request queued for that one
 * thread and parsed again: in the recruitment benchmark's profile a branch's list of cases spent about 10 ms of
 * its 11 ms waiting, for 1 ms of SQL. Statements repeat, so a parse is kept (a fresh copy at each use, because the
 * scope adds its condition to the tree) and a repeated statement skips both the queue and the parse.
 */
final class ParsedStatements {
    /** More than the distinct statements of a service, IN lists of every length included. */
    private static final int KEPT = 4096;
    private static volatile boolean installed;

    private ParsedStatements() {
    }

    static synchronized void keep() {
        if (!installed) {
            JsqlParserGlobal.setJsqlParseCache(new JdkSerialCaffeineJsqlParseCache(cache -> cache.maximumSize(KEPT)));
            installed = true;
        }
    }
}
