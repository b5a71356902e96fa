package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.org.OrgUpdated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.org.StoredTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A platform loaded with the demo data before issue 18 holds codes like {@code KS-ZS-V001-2} and files the
 * state-owned assets and education committees under 事业单位. At start-up this moves those rows to the one code format
 * ({@code 320583-ZS-V001-2}: KS was Kunshan) and to the categories of the Party's statistics (国有企业, 学校), each
 * change in the history and announced as {@code org.updated}, so that every service's copy of the tree (which keeps
 * codes: member imports name branches by code) follows. SQL alone could not announce the changes. Once done it finds
 * nothing; codes of other shapes are left as they are (they follow the format when next edited).
 */
@Component
class LegacyDemoCodes implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(LegacyDemoCodes.class);
    private static final String LEGACY_PREFIX = "KS-";
    private static final String KUNSHAN = "320583-";
    /** The demo's system committees filed under 事业单位 before the statistical categories existed. */
    private static final Map<String, OrgCategory> REFILED = Map.of(
            "GZ", OrgCategory.STATE_OWNED_ENTERPRISE,
            "JY", OrgCategory.SCHOOL);

    private final OrgMapper orgs;
    private final OrgChangeMapper changes;
    private final EventOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    LegacyDemoCodes(OrgMapper orgs, OrgChangeMapper changes, EventOutbox outbox, TransactionTemplate tx, Clock clock) {
        this.orgs = orgs;
        this.changes = changes;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @Unscoped("start-up data migration with no caller: demo organisations loaded before issue 18 move to the one"
            + " code format and the statistical categories, whatever subtree they are in")
    @Override
    public void run(ApplicationArguments args) {
        List<Org> legacy = orgs.selectList(new LambdaQueryWrapper<Org>().likeRight(Org::getCode, LEGACY_PREFIX));
        int moved = 0;
        for (Org org : legacy) {
            Org after = migrated(org);
            if (after == null) {
                log.warn("organisation {} keeps its code {}: {} is taken or not in the format", org.getId(),
                        org.getCode(), KUNSHAN + org.getCode().substring(LEGACY_PREFIX.length()));
                continue;
            }
            if (Boolean.TRUE.equals(tx.execute(s -> write(org, after)))) {
                moved++;
            }
        }
        if (moved > 0) {
            log.info("{} demo organisations moved to the code format 320583-… and the statistical categories", moved);
        }
    }

    /** The row in the new format, or null when the new code would break the format or is taken. */
    Org migrated(Org org) {
        String rest = org.getCode().substring(LEGACY_PREFIX.length());
        String code = KUNSHAN + rest;
        if (OrgCodes.refusal(code).isPresent()
                || orgs.selectCount(new LambdaQueryWrapper<Org>().eq(Org::getCode, code)) > 0) {
            return null;
        }
        Org after = org.copy();
        after.setCode(code);
        String system = rest.split("-")[0];
        if (REFILED.containsKey(system) && org.getCategory() == OrgCategory.INSTITUTION) {
            after.setCategory(REFILED.get(system));
        }
        return after;
    }

    private boolean write(Org before, Org after) {
        int updated = orgs.update(null, new LambdaUpdateWrapper<Org>()
                .set(Org::getCode, after.getCode())
                .set(Org::getCategory, after.getCategory())
                .set(Org::getUpdatedAt, StoredTime.now(clock))
                .set(Org::getVersion, before.getVersion() + 1)
                .eq(Org::getId, before.getId())
                .eq(Org::getVersion, before.getVersion()));
        if (updated == 0) {
            return false;
        }
        List<FieldChange> changed = FieldChange.between(before, after);
        for (FieldChange change : changed) {
            changes.record(before.getId(), change.field(), change.oldValue(), change.newValue(), null);
        }
        outbox.add(new OrgUpdated(after.getId(), after.getPath(), changed.stream().map(FieldChange::field).toList(),
                after.getName(), after.getShortName(), after.getCode(), after.getType().name(),
                after.getCategory().name(), after.getStatus().name()));
        return true;
    }
}
