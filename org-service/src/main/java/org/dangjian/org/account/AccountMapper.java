package org.dangjian.org.account;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AccountMapper extends BaseMapper<Account> {
    @Select("SELECT * FROM account WHERE username = #{username}")
    Account findByUsername(String username);

    @Select("SELECT * FROM account WHERE member_id = #{memberId}")
    Account findByMemberId(long memberId);

    @Select("SELECT * FROM account WHERE applicant_id = #{applicantId}")
    Account findByApplicantId(long applicantId);

    /**
     * The mini-program account (a member's or an applicant's) with this phone, by blind index: a member's first,
     * then the oldest, when two people share a phone.
     */
    @Select("SELECT * FROM account WHERE phone_idx = #{phoneIdx} AND (member_id IS NOT NULL OR applicant_id IS NOT NULL)"
            + " ORDER BY member_id IS NULL, id LIMIT 1")
    Account findMiniProgramByPhoneIdx(String phoneIdx);
}
