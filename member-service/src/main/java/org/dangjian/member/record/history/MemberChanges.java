package org.dangjian.member.record.history;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import com.baomidou.mybatisplus.core.toolkit.StringUtils;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.IdNumberOwners;
import org.dangjian.member.record.MemberMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Stores a changed record and its history together, whoever changed it. The update carries the version
 * the change was based on: if someone else saved in between, nothing is written and the caller gets
 * 409 {@code MEMBER_CHANGED_CONCURRENTLY}.
 */
@Component
public class MemberChanges {
    public static final String MEMBER_CHANGED_CONCURRENTLY = "MEMBER_CHANGED_CONCURRENTLY";

    private final MemberMapper members;
    private final MemberHistory history;
    private final IdNumberOwners idNumberOwners;
    private final Clock clock;

    public MemberChanges(MemberMapper members, MemberHistory history, IdNumberOwners idNumberOwners, Clock clock) {
        this.idNumberOwners = idNumberOwners;
        this.members = members;
        this.history = history;
        this.clock = clock;
    }

    public void commit(Member m, ChangeActor actor, List<FieldChange> changes) {
        LocalDateTime now = LocalDateTime.now(clock);
        m.setUpdatedAt(now);
        UpdateWrapper<Member> where = new UpdateWrapper<Member>().eq("id", m.getId());
        // An entity update skips null fields; a field changed to nothing is set explicitly.
        for (FieldChange c : changes) {
            if (c.newValue() == null) {
                columns(c.field()).forEach(column -> where.set(column, null));
            }
        }
        int updated;
        try {
            updated = members.update(m, where);
        } catch (DuplicateKeyException e) {
            throw idNumberOwners.refusal(m.getIdNumberIdx(), m.getId(), "UPDATE");
        }
        if (updated == 0) {
            throw ApiException.conflict(MEMBER_CHANGED_CONCURRENTLY);
        }
        history.record(m.getId(), actor, changes, now);
    }

    /** The columns behind an API field: the phone is kept in three. */
    private static List<String> columns(String field) {
        if (field.equals("phone")) {
            return List.of("phone_enc", "phone_idx", "phone_masked");
        }
        return List.of(StringUtils.camelToUnderline(field));
    }
}
