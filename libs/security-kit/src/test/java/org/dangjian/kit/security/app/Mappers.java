package org.dangjian.kit.security.app;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.dangjian.kit.security.scope.Unscoped;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The test service's MyBatis-Plus mappers. */
public final class Mappers {
    private Mappers() {
    }

    @Mapper
    public interface DuesRecordMapper extends BaseMapper<DuesRecord> {
        /** Hand-written SQL with an alias and a join: scope applies to each org-scoped table. */
        @Select("SELECT d.* FROM dj_dues_record d JOIN dj_branch b ON b.org_path = d.org_path "
                + "WHERE d.amount >= #{min} ORDER BY d.id")
        List<DuesRecord> withBranchAtLeast(@Param("min") int min);

        /** A statement declared unscoped on the mapper method itself. */
        @Unscoped("test: counts every organisation's dues for a city-wide figure")
        @Select("SELECT COUNT(*) FROM dj_dues_record")
        long countCityWide();
    }

    @Mapper
    public interface BranchMapper extends BaseMapper<Branch> {
    }

    @Mapper
    public interface NoticeMapper extends BaseMapper<Notice> {
    }
}
