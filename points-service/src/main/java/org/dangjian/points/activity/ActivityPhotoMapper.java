package org.dangjian.points.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Photos are read joined with their activity: the kit's scope limits the activity to the caller's
 * subtree, so a photo of another branch's activity is not found, whichever id is asked for.
 */
@Mapper
interface ActivityPhotoMapper extends BaseMapper<ActivityPhoto> {
    @Select("SELECT p.* FROM activity_photo p JOIN activity a ON a.id = p.activity_id"
            + " WHERE p.activity_id = #{activityId} ORDER BY p.id")
    List<ActivityPhoto> ofActivity(@Param("activityId") long activityId);

    @Select("SELECT p.* FROM activity_photo p JOIN activity a ON a.id = p.activity_id"
            + " WHERE p.id = #{id} AND p.activity_id = #{activityId}")
    ActivityPhoto findOfActivity(@Param("activityId") long activityId, @Param("id") long id);
}
