package org.dangjian.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The material templates the catalogue names, as the city's organisation department would upload them: a Word
 * form per name, with the blanks a branch fills in. Through recruitment-service's API, as the city administrator.
 */
final class DemoTemplates {
    private static final String ISSUER = "（中共昆山市委组织部制，供各基层党组织参照使用）";
    /** What the better-known forms ask; any other template gets the common blanks. */
    private static final Map<String, List<String>> BLANKS = Map.of(
            "入党申请书（参考格式）", List.of("敬爱的党组织：", "我志愿加入中国共产党……（写明对党的认识、入党动机、本人经历和今后努力方向）",
                    "此致", "敬礼！", "申请人：＿＿＿＿", "＿＿＿＿年＿＿月＿＿日"),
            "入党申请人谈话记录表", List.of("申请人姓名：＿＿＿＿  所在支部：＿＿＿＿＿＿＿＿", "谈话人：＿＿＿＿  谈话时间：＿＿＿＿  地点：＿＿＿＿",
                    "谈话主要内容：", "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "谈话人意见：", "谈话人签名：＿＿＿＿"),
            "政治审查报告（样式）", List.of("发展对象姓名：＿＿＿＿  性别：＿＿  出生年月：＿＿＿＿",
                    "一、本人的政治觉悟、道德品质、现实表现和历史情况", "二、直系亲属和与本人关系密切的主要社会关系的政治情况",
                    "三、审查结论：＿＿＿＿", "党支部（盖章）  ＿＿＿＿年＿＿月＿＿日"),
            "转正申请书（参考格式）", List.of("敬爱的党组织：", "我于＿＿＿＿年＿＿月＿＿日被批准为中共预备党员，预备期一年，到＿＿＿＿年＿＿月＿＿日期满。"
                    + "现郑重向党组织提出转正申请……", "申请人：＿＿＿＿", "＿＿＿＿年＿＿月＿＿日"));

    private final Gateway gateway;

    DemoTemplates(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Uploads a form for every template not uploaded yet; answers how many. */
    int upload() {
        Gateway.Reply listed = gateway.get("/api/recruitment/templates");
        if (!listed.ok()) {
            throw new IllegalStateException("recruitment-service's templates are not there: HTTP " + listed.status());
        }
        int uploaded = 0;
        for (var template : listed.body()) {
            if (template.path("available").asBoolean()) {
                continue;
            }
            String name = template.path("name").asString();
            String url = "/api/recruitment/templates/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/file";
            Gateway.Reply reply = gateway.send("PUT", url, name + ".docx", WordDocuments.DOCX,
                    WordDocuments.docx(name, content(name)));
            if (!reply.ok()) {
                throw new IllegalStateException("template " + name + " refused: HTTP " + reply.status() + " " + reply.body());
            }
            uploaded++;
        }
        return uploaded;
    }

    private static List<String> content(String name) {
        List<String> lines = new ArrayList<>();
        lines.add(ISSUER);
        lines.addAll(BLANKS.getOrDefault(name, List.of("姓名：＿＿＿＿  性别：＿＿  出生年月：＿＿＿＿  民族：＿＿",
                "所在党支部：＿＿＿＿＿＿＿＿", "事项：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                "党支部意见：＿＿＿＿＿＿＿＿", "党支部书记（签名）：＿＿＿＿  ＿＿＿＿年＿＿月＿＿日")));
        return lines;
    }
}
