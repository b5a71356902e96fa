package org.dangjian.kit.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageQueryTest {
    @Test
    void defaults_to_the_first_page_of_twenty() {
        PageQuery q = PageQuery.of(null, null);
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(20);
        assertThat(q.offset()).isZero();
    }

    @Test
    void clamps_what_clients_send() {
        assertThat(PageQuery.of(0, 10).page()).isEqualTo(1);
        assertThat(PageQuery.of(-5, 10).page()).isEqualTo(1);
        assertThat(PageQuery.of(1, 0).size()).isEqualTo(PageQuery.DEFAULT_SIZE);
        assertThat(PageQuery.of(1, -3).size()).isEqualTo(PageQuery.DEFAULT_SIZE);
        assertThat(PageQuery.of(1, 101).size()).isEqualTo(PageQuery.MAX_SIZE);
        assertThat(PageQuery.of(1, Integer.MAX_VALUE).size()).isEqualTo(PageQuery.MAX_SIZE);
        assertThat(PageQuery.of(1, 100).size()).isEqualTo(100);
        assertThat(PageQuery.of(1, 1).size()).isEqualTo(1);
    }

    @Test
    void offset_counts_from_page_one_without_overflow() {
        assertThat(PageQuery.of(3, 25).offset()).isEqualTo(50);
        assertThat(PageQuery.of(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }

    @Test
    void a_result_echoes_the_clamped_query() {
        PageResult<String> r = PageResult.of(List.of("a", "b"), 42L, PageQuery.of(0, 500));
        assertThat(r.page()).isEqualTo(1);
        assertThat(r.size()).isEqualTo(100);
        assertThat(r.total()).isEqualTo(42);
        assertThat(r.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
