package org.dangjian.points.roster;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.dangjian.kit.roster.MemberRef;

/** Members the caller may see: one outside their scope is absent, exactly like one that does not exist. */
@Mapper
public interface RosterMemberMapper extends BaseMapper<RosterMember> {
    default Optional<MemberRef> findInScope(long memberId) {
        return Optional.ofNullable(selectById(memberId)).map(RosterMember::toRef);
    }
}
