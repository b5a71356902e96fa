package org.dangjian.recruitment.cases;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface RecruitmentCaseMapper extends BaseMapper<RecruitmentCase> {
}
