package org.dangjian.kit.web.paging;

import java.util.List;
import java.util.function.Function;

/**
 * {@code {items, total, page, size}}. {@code total} is an int on purpose: every long in a response is
 * written as a string (ids), and a count is not an id.
 */
public record PageResult<T>(List<T> items, int total, int page, int size) {

    public static <T> PageResult<T> of(List<T> items, long total, PageQuery query) {
        return new PageResult<>(items, Math.toIntExact(total), query.page(), query.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
