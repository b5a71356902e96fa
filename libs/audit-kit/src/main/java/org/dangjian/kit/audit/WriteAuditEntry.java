package org.dangjian.kit.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One write as the audit shows it. */
@Schema(description = "一次写操作的记录。One write the service answered.")
public record WriteAuditEntry(
        long id,
        @Schema(description = "时间。When.") LocalDateTime at,
        @Schema(description = "操作人账号编号，服务调用或匿名时为空。The actor's account id; null for a service or an anonymous call.")
        Long actorId,
        @Schema(description = "操作人用户名，服务调用为 service:<名称>。The actor's username, service:<name> for a service.")
        String actorUsername,
        @Schema(description = "操作人所在组织的路径。The path of the actor's organisation.") String actorOrgPath,
        @Schema(description = "POST、PUT、PATCH 或 DELETE。", example = "PATCH") String method,
        @Schema(description = "接口路由。The route.", example = "/api/members/{id}") String route,
        @Schema(description = "请求路径（不含查询参数）。The path, without the query.", example = "/api/members/1024") String path,
        @Schema(description = "HTTP 状态码。The HTTP status answered.", example = "200") int status,
        @Schema(description = "结果：OK 成功，REFUSED 被拒绝（4xx），FAILED 出错（5xx）。The outcome.") WriteOutcome outcome,
        @Schema(description = "客户端地址。The client's address.") String clientIp,
        @Schema(description = "跟踪编号，可在日志中查到这次请求。The trace id, to find the request in the logs.") String traceId) {
}
