package org.dangjian.org.venue;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface VenueMapper extends BaseMapper<Venue> {
    /** Venues and their photos follow a moved subtree (called from the org.moved consumer). */
    @Update("UPDATE venue SET org_path = CONCAT(#{newPrefix}, SUBSTRING(org_path, #{oldLength} + 1))"
            + " WHERE org_path LIKE CONCAT(#{oldPrefix}, '%')")
    int rewriteVenuePaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
                          @Param("newPrefix") String newPrefix);

    @Update("UPDATE venue_photo SET org_path = CONCAT(#{newPrefix}, SUBSTRING(org_path, #{oldLength} + 1))"
            + " WHERE org_path LIKE CONCAT(#{oldPrefix}, '%')")
    int rewritePhotoPaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
                          @Param("newPrefix") String newPrefix);
}
