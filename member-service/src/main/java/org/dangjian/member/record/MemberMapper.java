package org.dangjian.member.record;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface MemberMapper extends BaseMapper<Member> {
    @Update("UPDATE member SET org_path = CONCAT(#{newPrefix}, SUBSTRING(org_path, #{oldLength} + 1))"
            + " WHERE org_path LIKE CONCAT(#{oldPrefix}, '%')")
    int rewriteOrgPaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
                        @Param("newPrefix") String newPrefix);
}
