package org.dangjian.points.retention;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.kit.privacy.retention.RetentionRoutes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** points-service's kinds of personal data kept for a period and what is due: privacy-kit's route. */
@RestController
@RequestMapping("/api/points/retention")
@Tag(name = "个人信息保存期限", description = "本服务按期限保存的个人信息、期限和到期情况，到期数据每晚删除或匿名化。"
        + "The personal data this service keeps for a period, and what is due for erasure.")
public class PointsRetentionController extends RetentionRoutes {

    PointsRetentionController(Retention retention) {
        super(retention);
    }
}
