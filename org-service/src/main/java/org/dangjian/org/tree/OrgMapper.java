package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Constants;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Queries on {@code org_unit} go through the data-scope interceptor like every other query on it. */
@Mapper
public interface OrgMapper extends BaseMapper<Org> {

    /** Organisations counted by type and category, for the conditions (and GROUP BY) of {@code where}. */
    @Select("SELECT type, category, COUNT(*) AS n FROM org_unit ${ew.customSqlSegment}")
    List<OrgStats.Row> countByTypeAndCategory(@Param(Constants.WRAPPER) Wrapper<Org> where);
}
