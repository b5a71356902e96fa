package org.dangjian.org.account;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AccountMapper extends BaseMapper<Account> {
    @Select("SELECT * FROM account WHERE username = #{username}")
    Account findByUsername(String username);

    /** The member account with this phone (by blind index); the oldest if two members share a phone. */
    @Select("SELECT * FROM account WHERE phone_idx = #{phoneIdx} AND member_id IS NOT NULL ORDER BY id LIMIT 1")
    Account findMemberByPhoneIdx(String phoneIdx);

    @Select("SELECT * FROM account WHERE member_id = #{memberId}")
    Account findByMemberId(long memberId);
}
