package org.dangjian.org.excel;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.excel.ImportPlan.Entry;
import org.dangjian.org.excel.ImportPlan.Parent;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a whole file or nothing. Validation and the inserts share one transaction, so the codes
 * checked free are still free when inserted (a concurrent import that takes one first makes the
 * unique key refuse ours, and everything rolls back).
 */
@Service
public class OrgImportService {
    private static final Logger log = LoggerFactory.getLogger(OrgImportService.class);
    /** Rows per multi-row statement: large enough to be few statements, small enough for any packet size. */
    static final int CHUNK = 500;

    private final OrgMapper orgs;
    private final OrgImportMapper imports;
    private final EventOutbox outbox;
    private final Clock clock;

    public OrgImportService(OrgMapper orgs, OrgImportMapper imports, EventOutbox outbox, Clock clock) {
        this.orgs = orgs;
        this.imports = imports;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many organisations were created */
    @Transactional
    public int importRows(List<SheetRow> sheetRows) {
        CurrentUser caller = CurrentUsers.get();
        List<OrgRow> rows = sheetRows.stream().map(OrgRow::of).toList();
        long start = System.nanoTime();
        ImportPlan plan = validator(caller, rows).validate(rows);
        long validated = System.nanoTime();
        try {
            apply(plan);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("ORG_CODE_EXISTS");
        }
        log.info("account {} imported {} organisations in {} levels: validated in {} ms, applied in {} ms",
                caller.accountId(), plan.size(), plan.levels().size(), (validated - start) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000);
        return plan.size();
    }

    private ImportValidator validator(CurrentUser caller, List<OrgRow> rows) {
        Set<String> codes = new HashSet<>();
        Set<String> parentCodes = new HashSet<>();
        for (OrgRow row : rows) {
            if (row.code() != null) {
                codes.add(row.code());
            }
            if (row.parentCode() != null) {
                parentCodes.add(row.parentCode());
            }
        }
        Set<String> taken = new HashSet<>(inChunks(codes, imports::takenCodes));
        Map<String, Parent> visible = new HashMap<>();
        for (Org org : inChunks(parentCodes, imports::byCodes)) {
            if (caller.covers(org.getPath())) {
                visible.put(org.getCode(), parent(org));
            }
        }
        Parent own = caller.orgId() == null ? null
                : java.util.Optional.ofNullable(orgs.selectById(caller.orgId())).map(OrgImportService::parent).orElse(null);
        return new ImportValidator(own, visible, taken);
    }

    /**
     * Level by level, parents first: one multi-row INSERT per chunk, one SELECT for the new ids (they
     * come from AUTO_INCREMENT), one UPDATE that ends each path with its id; then an {@code OrgCreated}
     * per organisation into the outbox, in this same transaction.
     */
    private void apply(ImportPlan plan) {
        LocalDateTime now = StoredTime.now(clock);
        Map<String, Parent> placed = new HashMap<>();
        for (List<Entry> level : plan.levels()) {
            for (int from = 0; from < level.size(); from += CHUNK) {
                List<Entry> chunk = level.subList(from, Math.min(level.size(), from + CHUNK));
                List<Org> batch = new ArrayList<>(chunk.size());
                for (Entry entry : chunk) {
                    Parent parent = entry.existingParent() != null ? entry.existingParent() : placed.get(entry.parentCode());
                    batch.add(newOrg(entry, parent));
                }
                imports.insertAll(batch, now);
                Map<String, Long> ids = new HashMap<>();
                for (Org inserted : imports.idsByCodes(batch.stream().map(Org::getCode).toList())) {
                    ids.put(inserted.getCode(), inserted.getId());
                }
                imports.appendIdToPaths(ids.values());
                List<OrgCreated> created = new ArrayList<>(batch.size());
                for (Org org : batch) {
                    org.setId(ids.get(org.getCode()));
                    org.setPath(org.getPath() + org.getId() + "/");
                    placed.put(org.getCode(), new Parent(org.getId(), org.getPath(), org.getDepth(), org.getType()));
                    created.add(new OrgCreated(org.getId(), org.getParentId(), org.getPath(), org.getCode(),
                            org.getName(), org.getType().name(), org.getCategory().name()));
                }
                outbox.addAll(created);
            }
        }
    }

    private static Org newOrg(Entry entry, Parent parent) {
        Org org = new Org();
        org.setParentId(parent.id());
        org.setPath(parent.path());
        org.setDepth(parent.depth() + 1);
        org.setCode(entry.row().code());
        org.setName(entry.row().name());
        org.setShortName(entry.row().shortName());
        org.setType(entry.type());
        org.setCategory(entry.category());
        org.setSortOrder(entry.sortOrder());
        return org;
    }

    private static Parent parent(Org org) {
        return new Parent(org.getId(), org.getPath(), org.getDepth(), org.getType());
    }

    private static <T> List<T> inChunks(Collection<String> keys, Function<List<String>, List<T>> query) {
        List<String> all = new ArrayList<>(keys);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + 1000))));
        }
        return found;
    }
}
