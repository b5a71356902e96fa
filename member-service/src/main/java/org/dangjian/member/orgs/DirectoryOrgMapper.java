package org.dangjian.member.orgs;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** Registers {@link DirectoryOrg}'s table with MyBatis-Plus, which is how the scope learns it is scoped. */
@Mapper
interface DirectoryOrgMapper extends BaseMapper<DirectoryOrg> {
}
