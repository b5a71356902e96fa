package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.util.List;
import org.dangjian.kit.security.scope.Unscoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Organisations created before the pinyin column existed (migration V3) get their initials once at
 * start-up; SQL cannot compute pinyin. Afterwards every create and rename sets them, and this finds nothing.
 */
@Component
class PinyinBackfill implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(PinyinBackfill.class);
    private final OrgMapper orgs;

    PinyinBackfill(OrgMapper orgs) {
        this.orgs = orgs;
    }

    @Unscoped("start-up backfill over the whole tree, with no caller: organisations created before V3"
            + " get their pinyin initials, whatever subtree they are in")
    @Override
    public void run(ApplicationArguments args) {
        List<Org> missing = orgs.selectList(new LambdaQueryWrapper<Org>()
                .select(Org::getId, Org::getName)
                .isNull(Org::getPinyinInitials));
        for (Org org : missing) {
            orgs.update(null, new LambdaUpdateWrapper<Org>()
                    .set(Org::getPinyinInitials, PinyinInitials.of(org.getName()))
                    .eq(Org::getId, org.getId())
                    .isNull(Org::getPinyinInitials));
        }
        if (!missing.isEmpty()) {
            log.info("pinyin initials filled in for {} organisations", missing.size());
        }
    }
}
