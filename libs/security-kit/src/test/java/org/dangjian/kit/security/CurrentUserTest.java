package org.dangjian.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether an organisation (by its materialized path) lies within the caller's reach. */
class CurrentUserTest {
    private static CurrentUser user(String orgPath, Long memberId, String... roles) {
        return new CurrentUser(7L, "u", 12L, orgPath, Set.of(roles), memberId);
    }

    @Test
    void an_org_admin_covers_its_own_org_and_everything_below() {
        CurrentUser admin = user("/1/12/", null, CurrentUser.ORG_ADMIN);
        assertThat(admin.covers("/1/12/")).isTrue();
        assertThat(admin.covers("/1/12/345/")).isTrue();
        assertThat(admin.covers("/1/12/345/6789/")).isTrue();
    }

    @Test
    void an_org_admin_does_not_cover_parents_siblings_or_lookalike_ids() {
        CurrentUser admin = user("/1/12/", null, CurrentUser.ORG_ADMIN);
        assertThat(admin.covers("/1/")).isFalse();
        assertThat(admin.covers("/1/13/")).isFalse();
        assertThat(admin.covers("/1/123/")).isFalse();
        assertThat(admin.covers("/2/1/12/")).isFalse();
        assertThat(admin.covers(null)).isFalse();
    }

    @Test
    void an_auditor_reads_its_subtree_like_an_org_admin() {
        CurrentUser auditor = user("/1/13/", null, CurrentUser.AUDITOR);
        assertThat(auditor.covers("/1/13/678/")).isTrue();
        assertThat(auditor.covers("/1/12/")).isFalse();
    }

    @Test
    void the_city_admin_covers_the_whole_tree() {
        CurrentUser city = user("/1/", null, CurrentUser.CITY_ADMIN);
        assertThat(city.covers("/1/")).isTrue();
        assertThat(city.covers("/1/99/100/")).isTrue();
        assertThat(city.isCityAdmin()).isTrue();
    }

    @Test
    void a_member_covers_no_organisation() {
        CurrentUser member = user("/1/12/345/", 101L, CurrentUser.MEMBER);
        assertThat(member.covers("/1/12/345/")).isFalse();
        assertThat(member.covers("/1/12/345/6/")).isFalse();
    }

    @Test
    void a_malformed_or_missing_scope_covers_nothing() {
        assertThat(user(null, null, CurrentUser.ORG_ADMIN).covers("/1/12/")).isFalse();
        assertThat(user("", null, CurrentUser.ORG_ADMIN).covers("/1/12/")).isFalse();
        assertThat(user("/", null, CurrentUser.ORG_ADMIN).covers("/1/12/")).isFalse();
        // without the closing slash "/1/12" would reach /1/123/, someone else's subtree
        assertThat(user("/1/12", null, CurrentUser.ORG_ADMIN).covers("/1/123/")).isFalse();
        assertThat(user("/1/12", null, CurrentUser.ORG_ADMIN).covers("/1/12/")).isFalse();
        assertThat(user("/1/x/", null, CurrentUser.AUDITOR).covers("/1/x/")).isFalse();
        assertThat(user("/1/12/", null).covers("/1/12/")).isFalse();
    }
}
