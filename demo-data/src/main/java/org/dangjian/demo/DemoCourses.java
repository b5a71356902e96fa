package org.dangjian.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The Party school's courses (网上党校) as the city's organisation department lays them out in learning-service,
 * through its public API as the city administrator: six city-wide courses owned by the city's root organisation
 * (the administrator's own, under which the tree is imported), together the 150 class hours the city school pushes
 * in instalments (分期推送150课时), two towns' own courses, and a winter-training course still being laid out (a
 * draft). A course's chapters are released on the 1st of successive months around today (Asia/Shanghai), its last
 * ones in the coming months, so the demo always shows chapters released and chapters to come. The plan is fixed
 * text (no randomness); a course whose title learning-service already lists is not created again, so a re-run adds
 * only what is missing (a draft meant to be published, left by an interrupted run, is published). Each PDF lesson
 * plays a one-page handout uploaded with its course ({@link DemoPdf}).
 */
final class DemoCourses {
    /** The towns with courses of their own: those where the demo shows rankings and meetings. */
    static final String ZHOUSHI = "320583-ZS";
    static final String ZHOUZHUANG = "320583-ZZ";
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final int ATTEMPTS = 90;

    /** How the loader waits between attempts; the test waits not at all. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * {@code ownerCode} is the organisation code of the town that owns it, null for the city's root; {@code audience}
     * MEMBERS, or LEADERS for a course the Party committees' members (书记和班子成员) study alone.
     */
    record Course(String ownerCode, String title, String summary, boolean published, String audience,
                  List<Chapter> chapters) {
        BigDecimal classHours() {
            return chapters.stream().flatMap(c -> c.lessons().stream()).map(Lesson::classHours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** {@code media}: the file each lesson plays, by the lesson's title (the PDF handouts uploaded for it). */
        Map<String, Object> request(String orgId, Map<String, String> media) {
            return Map.of("title", title, "summary", summary, "orgId", orgId, "audience", audience, "chapters", chapters.stream()
                    .map(c -> Map.of("title", c.title(), "releaseOn", c.releaseOn().toString(), "lessons", c.lessons()
                            .stream().map(l -> l.request(media.get(l.title()))).toList()))
                    .toList());
        }
    }

    record Chapter(String title, LocalDate releaseOn, List<Lesson> lessons) {
    }

    record Lesson(String title, String kind, int durationSeconds, BigDecimal classHours) {
        Map<String, Object> request(String mediaId) {
            Map<String, Object> lesson = new LinkedHashMap<>(Map.of("title", title, "kind", kind,
                    "durationSeconds", durationSeconds, "classHours", classHours));
            if (mediaId != null) {
                lesson.put("mediaId", mediaId);
            }
            return lesson;
        }
    }

    /** What a run did: courses created, of them published and their class hours, and those already there. */
    record Loaded(int created, int published, BigDecimal publishedHours, int existing) {
    }

    private final Gateway gateway;
    private final LocalDate today;
    private final Pause pause;

    DemoCourses(Gateway gateway, LocalDate today, Pause pause) {
        this.gateway = gateway;
        this.today = today;
        this.pause = pause;
    }

    Loaded load() throws InterruptedException {
        Gateway.Reply listed = gateway.get("/api/learning/courses");
        if (!listed.ok()) {
            throw new IllegalStateException("learning-service's courses are not there: " + describe(listed));
        }
        Map<String, JsonNode> existing = new HashMap<>();
        listed.body().forEach(c -> existing.putIfAbsent(c.path("title").asString(), c));
        Gateway.Reply me = gateway.get("/api/auth/me");
        if (!me.ok()) {
            throw new IllegalStateException("the administrator's organisation is not known: " + describe(me));
        }
        String city = me.body().path("orgId").asString();
        Map<String, String> orgIds = new HashMap<>();
        int created = 0;
        int published = 0;
        int there = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (Course course : plan(today)) {
            JsonNode found = existing.get(course.title());
            if (found != null) {
                there++;
                if (course.published() && "DRAFT".equals(found.path("status").asString())) {
                    publish(found.path("id").asString(), course);
                }
                continue;
            }
            String orgId = course.ownerCode() == null ? city : orgIds.computeIfAbsent(course.ownerCode(), gateway::orgIdOf);
            if (orgId == null) {
                say("  courses: no organisation " + course.ownerCode() + ", its course 《" + course.title() + "》 left out");
                continue;
            }
            String id = create(course, orgId, handouts(course, orgId));
            created++;
            if (course.published()) {
                publish(id, course);
                published++;
                hours = hours.add(course.classHours());
            }
        }
        return new Loaded(created, published, hours, there);
    }

    /** Creates the course as a draft, naming its lessons' files. */
    private String create(Course course, String orgId, Map<String, String> media) throws InterruptedException {
        Gateway.Reply reply = untilOrgKnown(() -> gateway.post("/api/learning/courses", course.request(orgId, media)));
        if (!reply.ok()) {
            throw new IllegalStateException("the course 《" + course.title() + "》 was refused: " + describe(reply));
        }
        return reply.body().path("id").asString();
    }

    /**
     * Each PDF lesson's handout (a one-page PDF of its title, DemoPdf), uploaded as a lesson file is: started, sent
     * in the parts learning-service asks for, completed. Returns the files' ids by lesson title.
     */
    private Map<String, String> handouts(Course course, String orgId) throws InterruptedException {
        Map<String, String> media = new LinkedHashMap<>();
        for (Chapter chapter : course.chapters()) {
            for (Lesson lesson : chapter.lessons()) {
                if (!"PDF".equals(lesson.kind())) {
                    continue;
                }
                byte[] pdf = DemoPdf.handout(lesson.title(), List.of("《" + course.title() + "》", chapter.title(),
                        "网上党校学习讲义：请对照原文逐段学习，做好学习笔记。", "（党建云演示数据）"));
                Gateway.Reply started = untilOrgKnown(() -> gateway.post("/api/learning/media", Map.of(
                        "fileName", lesson.title() + ".pdf", "size", Integer.toString(pdf.length), "orgId", orgId)));
                String id = started.body() == null ? null : started.body().path("id").asString();
                int partSize = started.ok() ? started.body().path("partSize").asInt() : 0;
                for (int n = 1; started.ok() && (n - 1) * partSize < pdf.length; n++) {
                    started = gateway.putBytes("/api/learning/media/" + id + "/parts/" + n,
                            Arrays.copyOfRange(pdf, (n - 1) * partSize, Math.min(pdf.length, n * partSize)));
                }
                Gateway.Reply complete = started.ok() ? gateway.post("/api/learning/media/" + id + "/complete", Map.of()) : started;
                if (!complete.ok()) {
                    throw new IllegalStateException("the handout of 《" + lesson.title() + "》 was refused: " + describe(complete));
                }
                media.put(lesson.title(), id);
            }
        }
        return media;
    }

    /**
     * learning-service learns the organisations from org-service's events a moment after the import answers, so a
     * call refused only for its organisation (400 on field orgId) is sent again for a while.
     */
    private Gateway.Reply untilOrgKnown(Supplier<Gateway.Reply> call) throws InterruptedException {
        Gateway.Reply reply = call.get();
        for (int attempt = 1; onlyOrgRefused(reply) && attempt < ATTEMPTS; attempt++) {
            pause.sleep(RETRY);
            reply = call.get();
        }
        return reply;
    }

    private void publish(String id, Course course) {
        Gateway.Reply reply = gateway.post("/api/learning/courses/" + id + "/publish", Map.of());
        if (!reply.ok() && !(reply.status() == 409 && reply.body() != null
                && "LEARNING_COURSE_ALREADY_PUBLISHED".equals(reply.body().path("code").asString()))) {
            throw new IllegalStateException("publishing the course 《" + course.title() + "》 was refused: " + describe(reply));
        }
    }

    private static boolean onlyOrgRefused(Gateway.Reply reply) {
        JsonNode errors = reply.body() == null ? null : reply.body().get("errors");
        if (reply.status() != 400 || errors == null || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (!"orgId".equals(error.path("field").asString())) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Gateway.Reply reply) {
        if (reply.body() == null) {
            return "HTTP " + reply.status();
        }
        StringBuilder detail = new StringBuilder("HTTP " + reply.status() + " " + reply.body().path("code").asString()
                + " " + reply.body().path("detail").asString());
        for (JsonNode error : reply.body().path("errors")) {
            detail.append("\n    ").append(error.path("field").asString()).append(": ").append(error.path("message").asString());
        }
        return detail.toString();
    }

    private static void say(String line) {
        System.out.println(line);
    }

    // ---- the plan ----

    /**
     * Every course with its chapters dated from {@code today}: the chapters of a course are released on the 1st of
     * successive months, the last {@code ahead} of them in the coming months and the others up to this month's 1st.
     */
    static List<Course> plan(LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        List<Course> plan = new ArrayList<>();
        for (String[] course : COURSES) {
            String owner = course[0].isEmpty() ? null : course[0];
            int ahead = Integer.parseInt(course[3]);
            boolean published = !course[4].equals("DRAFT");
            Map<String, List<Lesson>> outline = outline(course[5]);
            List<Chapter> chapters = new ArrayList<>();
            int released = outline.size() - ahead;
            int j = 0;
            for (Map.Entry<String, List<Lesson>> chapter : outline.entrySet()) {
                chapters.add(new Chapter(chapter.getKey(), thisMonth.plusMonths(j - (released - 1L)), chapter.getValue()));
                j++;
            }
            plan.add(new Course(owner, course[1], course[2], published,
                    course[1].equals(FOR_LEADERS) ? "LEADERS" : "MEMBERS", List.copyOf(chapters)));
        }
        return List.copyOf(plan);
    }

    /**
     * Chapter lines, and under each its lessons, indented: the kind's letter (V video, A audio, T 图文 article, P PDF)
     * and the minutes, then the title.
     */
    private static Map<String, List<Lesson>> outline(String text) {
        Map<String, List<Lesson>> chapters = new LinkedHashMap<>();
        List<Lesson> lessons = null;
        for (String line : text.strip().split("\n")) {
            if (!line.startsWith(" ")) {
                lessons = new ArrayList<>();
                chapters.put(line.strip(), lessons);
                continue;
            }
            String[] parts = line.strip().split(" ", 2);
            int minutes = Integer.parseInt(parts[0].substring(1));
            lessons.add(new Lesson(parts[1], switch (parts[0].charAt(0)) {
                case 'V' -> "VIDEO";
                case 'A' -> "AUDIO";
                case 'T' -> "ARTICLE";
                case 'P' -> "PDF";
                default -> throw new IllegalArgumentException("no lesson kind " + parts[0]);
            }, minutes * 60, classHours(minutes)));
        }
        return chapters;
    }

    /** The school's rule: one class hour for each half hour of study, counted in half hours, rounded up. */
    static BigDecimal classHours(int minutes) {
        return BigDecimal.valueOf((minutes + 14) / 15 * 5L, 1);
    }

    /** The city's course for branch secretaries, published to the Party committees alone (audience LEADERS). */
    static final String FOR_LEADERS = "基层党务工作实务（支部书记专题）";

    /** Owner (empty for the city), title, summary, chapters to come (ahead), PUBLISHED or DRAFT, outline. */
    private static final String[][] COURSES = {
            {"", "习近平新时代中国特色社会主义思想专题",
                    "系统学习习近平新时代中国特色社会主义思想的核心要义、精神实质、丰富内涵和实践要求，按月分期推送。", "1", "PUBLISHED", """
                    第一讲 深刻领悟“两个确立”的决定性意义
                      V45 “两个确立”的历史逻辑、理论逻辑和实践逻辑
                      V40 坚决做到“两个维护”
                      A25 习近平新时代中国特色社会主义思想的世界观和方法论
                      T15 学习笔记：“两个确立”的决定性意义
                    第二讲 新时代坚持和发展中国特色社会主义
                      V45 “十个明确”的核心内容
                      V45 “十四个坚持”的基本方略
                      V30 新时代十年的伟大成就
                      P20 原文导读：《习近平谈治国理政》第四卷选读
                    第三讲 以中国式现代化全面推进中华民族伟大复兴
                      V45 中国式现代化的中国特色和本质要求
                      V40 正确处理中国式现代化建设的若干重大关系
                      A30 中国式现代化的昆山实践
                      T10 图解：中国式现代化的五个方面中国特色
                    第四讲 完整准确全面贯彻新发展理念
                      V45 以新发展理念引领高质量发展
                      V45 因地制宜发展新质生产力
                      V35 加快构建新发展格局
                      A20 县域高质量发展的“昆山之路”
                    第五讲 坚定不移推进全面从严治党
                      V45 党的自我革命的重要思想
                      V40 以党的政治建设统领党的建设
                      V30 锲而不舍落实中央八项规定精神
                      P15 原文导读：《论党的自我革命》选读
                    第六讲 坚持以人民为中心
                      V45 坚持以人民为中心的发展思想
                      V45 新时代“枫桥经验”与基层治理
                      V30 全过程人民民主的生动实践
                      A25 习近平总书记对江苏工作的重要讲话精神
                      T10 学习体会：把思想伟力转化为实践动力
                    """},
            {"", "党章党规党纪学习",
                    "学习党章和《中国共产党纪律处分条例》等党内法规，学纪、知纪、明纪、守纪，按月分期推送。", "2", "PUBLISHED", """
                    第一章 学习党章 尊崇党章
                      V45 党章总纲的主要内容
                      V40 党员的义务和权利
                      V30 党的组织制度与民主集中制
                      T10 党章修正案的重要修改
                    第二章 《中国共产党纪律处分条例》逐章学
                      V45 严明政治纪律和组织纪律
                      V45 严守廉洁纪律和群众纪律
                      V40 严肃工作纪律和生活纪律
                      P20 条例原文及释义
                    第三章 党内监督与问责
                      V45 《中国共产党党内监督条例》解读
                      V30 《中国共产党问责条例》要点
                      A20 监督执纪“四种形态”
                      A20 《中国共产党巡视工作条例》要点
                      T10 案例：运用监督执纪第一种形态
                    第四章 严肃党内政治生活
                      V40 《关于新形势下党内政治生活的若干准则》
                      V30 “三会一课”制度的规范要求
                      V30 开展批评和自我批评
                      A15 民主评议党员的程序
                    第五章 以案为鉴 警钟长鸣
                      V45 违反中央八项规定精神典型案例剖析
                      V45 整治群众身边的不正之风和腐败问题
                      V35 警示教育片：失守的底线
                      A25 廉洁家风：家风建设与家教传承
                      T10 廉洁提醒：节日期间的纪律要求
                    """},
            {"", "党史学习教育",
                    "学习中国共产党百年奋斗的重大成就和历史经验，学史明理、学史增信、学史崇德、学史力行，按月分期推送。", "3", "PUBLISHED", """
                    第一讲 开天辟地：新民主主义革命时期
                      V45 中国共产党的创建
                      V45 井冈山斗争与农村包围城市道路
                      V40 长征精神永放光芒
                      A20 延安精神与延安整风
                    第二讲 改天换地：社会主义革命和建设时期
                      V45 新中国的成立与社会主义基本制度的确立
                      V40 伟大抗美援朝精神
                      V30 “两弹一星”精神
                      T10 焦裕禄精神
                    第三讲 翻天覆地：改革开放和社会主义现代化建设新时期
                      V45 真理标准大讨论与党的十一届三中全会
                      V40 兴办经济特区与扩大对外开放
                      V35 “昆山之路”：自费开发区的创业历程
                      A25 抗洪精神与抗击非典精神
                    第四讲 惊天动地：中国特色社会主义新时代
                      V45 新时代十年的伟大变革
                      V40 脱贫攻坚精神
                      V30 伟大抗疫精神
                      P15 《中国共产党简史》新时代部分导读
                    第五讲 赓续红色血脉
                      V45 党的三个历史决议
                      V30 苏州红色地标里的初心故事
                      A25 昆山革命烈士的故事
                      T10 中国共产党人精神谱系
                    """},
            {"", "二十届四中全会精神解读",
                    "解读党的二十届四中全会精神和《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》，按月分期推送。", "1",
                    "PUBLISHED", """
                    第一讲 全会的重大意义和主要成果
                      V45 全会精神总体解读
                      A20 “十四五”时期我国发展的重大成就
                      T15 全会公报全文
                    第二讲 “十五五”时期经济社会发展的指导思想和主要目标
                      V45 “十五五”时期经济社会发展的主要目标
                      V40 “十五五”时期的战略任务
                      A25 “十五五”时期的重大改革举措
                      P15 《建议》原文导读
                    第三讲 建设现代化产业体系和科技强国
                      V45 建设现代化产业体系，巩固壮大实体经济根基
                      V40 加快高水平科技自立自强
                      A25 制造业强市的昆山担当
                    第四讲 扩大内需与高水平对外开放
                      V40 建设强大国内市场
                      V35 扩大高水平对外开放
                      A20 深化两岸产业合作的昆山实践
                      T10 图解：“十五五”规划建议要点
                    第五讲 在基层落实全会精神
                      V45 扎实推进全体人民共同富裕
                      V30 加强和完善基层治理
                      V30 以全面从严治党引领保障中国式现代化
                      A25 宣讲员说全会：百姓身边的“十五五”
                    """},
            {"", "基层党务工作实务（支部书记专题）",
                    "面向基层党组织书记和党务工作者：支部建设、组织生活、党员管理和党务公开的工作规范与实务，按月分期推送。", "2",
                    "PUBLISHED", """
                    第一讲 《中国共产党支部工作条例（试行）》解读
                      V45 支部工作条例逐条解读
                      V30 党支部的设置与换届选举
                      T10 党支部工作清单
                      P15 换届选举工作流程图及文书样式
                    第二讲 “三会一课”与主题党日
                      V45 开好支部党员大会
                      V40 支委会的议事规则
                      V35 书记讲党课：从选题到讲授
                      A20 主题党日活动的策划与实施
                      T10 会议记录的规范填写
                    第三讲 党员教育管理
                      V45 党员教育培训的内容与方式
                      V30 流动党员的管理服务
                      V30 党员组织关系转接
                      A15 党费收缴、使用和管理
                    第四讲 党建引领基层治理
                      V45 党建引领网格化治理
                      V40 “两新”组织党建工作实务
                      A25 村（社区）党组织书记的一天
                      T10 优秀支部工作法案例选编
                    第五讲 党务公开与智慧党建
                      V40 党务公开的内容与程序
                      V30 用好智慧党建平台
                      A20 基层党组织书记抓党建述职评议考核
                      P10 党建档案的规范管理
                    第六讲 书记能力提升
                      V45 新时代做好群众工作的方法
                      V30 突发事件的应对与处置
                      A20 支部书记的压力管理与心理调适
                      T5 书记工作提示：年度重点任务
                    """},
            {"", "发展党员工作规范",
                    "依据《中国共产党发展党员工作细则》，讲清发展党员五个阶段二十五个步骤的程序要求和文书规范，按月分期推送。", "3",
                    "PUBLISHED", """
                    第一讲 入党申请人的培养
                      V45 发展党员工作的总要求
                      V30 入党申请与党组织派人谈话
                      T10 入党申请书的格式与审查
                    第二讲 入党积极分子的确定和培养教育
                      V45 推荐和确定入党积极分子
                      V40 培养联系人的职责
                      A20 入党积极分子的考察与思想汇报
                      P10 培养考察登记表填写说明
                    第三讲 发展对象的确定和考察
                      V45 确定发展对象的程序
                      V40 政治审查的内容和方法
                      V30 发展对象的集中培训
                      T10 政治审查报告的样式
                    第四讲 预备党员的接收
                      V45 支部大会讨论接收预备党员
                      V40 上级党组织派人谈话与审批
                      V30 入党志愿书的填写
                      A15 入党宣誓仪式的组织
                    第五讲 预备党员的教育考察和转正
                      V45 预备期的教育考察
                      V35 预备党员转正的程序
                      A20 延长预备期与取消预备党员资格
                      T10 转正申请书的格式
                    第六讲 发展党员工作纪律
                      V45 发展党员工作中的违规违纪问题
                      V30 发展党员材料的归档
                      A25 发展党员工作常见问题解答
                      T10 发展党员工作流程图
                    """},
            {ZHOUSHI, "周市镇党建引领基层治理实务",
                    "周市镇党委面向全镇党员推送：网格党建、乡村振兴和为民服务的本地实践。", "1", "PUBLISHED", """
                    第一讲 “党建+网格”一网统管
                      V30 “党建+网格”工作机制
                      A15 网格员与党员中心户
                      T10 周市镇网格化治理工作手册
                    第二讲 乡村振兴的周市实践
                      V40 发展壮大村级集体经济
                      V25 美丽乡村建设与人居环境整治
                      A20 老书记谈村务
                    第三讲 打通为民服务“最后一公里”
                      V30 党群服务中心的服务清单
                      T10 “有事好商量”议事协商
                      P15 为民服务事项办理流程
                    """},
            {ZHOUZHUANG, "周庄镇古镇保护与文旅融合党员教育",
                    "周庄镇党委推送：水乡古镇保护、文旅融合发展中的党员先锋作用和志愿服务。", "1", "PUBLISHED", """
                    第一讲 古镇保护中的党员担当
                      V35 水乡古镇的保护与发展
                      A20 古镇保护的周庄经验
                    第二讲 党建引领文旅融合
                      V30 党建引领文旅融合发展
                      V25 民宿经营户党员示范岗
                      T10 文明旅游志愿服务指南
                    第三讲 党员志愿服务
                      A15 党员志愿服务队的组织
                      V20 旅游旺季的党员先锋岗
                    """},
            {"", "党员冬训专题：勇当中国式现代化探路先锋",
                    "市委组织部正在编排的党员冬训课程（草稿，尚未发布）。", "3", "DRAFT", """
                    第一讲 冬训动员：学全会 谋发展
                      V45 冬训动员报告
                      T10 冬训学习安排
                    第二讲 “昆山之路”再出发
                      V40 “昆山之路”的时代内涵
                      A20 老党员讲“昆山之路”
                    第三讲 冬训总结
                      V30 开好专题组织生活会和民主评议党员
                      T5 冬训学习体会撰写要求
                    """},
    };
}
