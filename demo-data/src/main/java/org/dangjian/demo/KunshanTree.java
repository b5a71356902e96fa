package org.dangjian.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An organisation tree shaped like Kunshan's (about 4,300 organisations under the city committee): four
 * development zones and eight towns, each with village and community general branches and their
 * branches, town offices, enterprises and social organisations; and the city-wide system committees
 * (government offices, education, health, state enterprises, non-public enterprises, social
 * organisations). Parents always come before their children, as the import requires. Codes follow org-service's
 * one format (Kunshan's GB/T 2260 code 320583, then the place under the parent: 320583-ZS-V001-2); categories are
 * those of the Party's statistics (the state-owned assets committee files under 国有企业, education under 学校).
 */
final class KunshanTree {
    private static final String[][] AREAS = {
            {"320583-KFQ", "昆山开发区党工委", "党工委"}, {"320583-GXQ", "昆山高新区党工委", "党工委"},
            {"320583-HQ", "花桥经济开发区党工委", "党工委"}, {"320583-DJQ", "旅游度假区党工委", "党工委"},
            {"320583-ZS", "周市镇党委", "党委"}, {"320583-LJ", "陆家镇党委", "党委"}, {"320583-ZP", "张浦镇党委", "党委"},
            {"320583-BC", "巴城镇党委", "党委"}, {"320583-QD", "千灯镇党委", "党委"}, {"320583-DSH", "淀山湖镇党委", "党委"},
            {"320583-ZZ", "周庄镇党委", "党委"}, {"320583-JX", "锦溪镇党委", "党委"}};
    private static final String[] VILLAGE_NAMES = {"东", "西", "南", "北", "新", "湖", "塘", "桥", "港", "泾", "浜", "庄",
            "圩", "荡", "溪", "林", "家", "河", "田", "丰"};
    private static final String[] VILLAGE_SUFFIX = {"村", "村", "村"};
    private static final String[] COMMUNITY_SUFFIX = {"社区", "花园社区", "新村社区", "家园社区"};
    private static final String[] COMPANY_WORDS = {"精密", "电子", "光电", "机械", "科技", "新材料", "智能", "模具",
            "物流", "食品", "纺织", "汽车零部件", "医疗器械", "软件", "环保", "包装"};
    private static final String[] BRANCH_TOPICS = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八"};

    private final Random random;
    private final List<OrgRow> rows = new ArrayList<>();

    private KunshanTree(Random random) {
        this.random = random;
    }

    static List<OrgRow> generate(Random random) {
        KunshanTree tree = new KunshanTree(random);
        for (String[] area : AREAS) {
            tree.area(area[0], area[1], area[2]);
        }
        tree.systems();
        return tree.rows;
    }

    private void area(String code, String name, String type) {
        add(code, name, null, type, "区镇", code, 0);
        String town = name.replaceAll("党(工)?委$", "");
        for (int v = 1, villages = between(12, 18); v <= villages; v++) {
            String place = placeName() + VILLAGE_SUFFIX[random.nextInt(VILLAGE_SUFFIX.length)];
            generalBranchWithBranches(code, code + "-V" + pad(v), town + place + "党总支", "村", between(3, 6), 22, place);
        }
        for (int c = 1, communities = between(12, 18); c <= communities; c++) {
            String place = placeName() + COMMUNITY_SUFFIX[random.nextInt(COMMUNITY_SUFFIX.length)];
            generalBranchWithBranches(code, code + "-C" + pad(c), town + place + "党总支", "社区", between(2, 5), 18, place);
        }
        generalBranchWithBranches(code, code + "-G", town + "机关党总支", "机关", 8, 14, town + "机关");
        for (int e = 1, enterprises = between(110, 150); e <= enterprises; e++) {
            String company = "昆山" + placeName() + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + "有限公司";
            boolean joint = random.nextInt(5) == 0;
            add(code + "-E" + pad(e), company + (joint ? "等联合党支部" : "党支部"), code, joint ? "联合党支部" : "党支部",
                    "非公有制企业", code, joint ? 6 : 4 + random.nextInt(8));
        }
        for (int s = 1, socials = between(8, 14); s <= socials; s++) {
            add(code + "-S" + pad(s), town + placeName() + "协会党支部", code, "党支部", "社会组织", code, 3 + random.nextInt(4));
        }
    }

    private void systems() {
        system("320583-JGGW", "市级机关工委", "党工委", "机关", 70, 15);
        system("320583-JY", "市教育系统党委", "党委", "学校", 90, 26);
        system("320583-WJ", "市卫生健康系统党委", "党委", "事业单位", 45, 30);
        system("320583-GZ", "市国资系统党委", "党委", "国有企业", 150, 16);
        system("320583-FG", "市非公有制企业党委", "党委", "非公有制企业", 330, 8);
        system("320583-SZ", "市社会组织党委", "党委", "社会组织", 70, 5);
    }

    private void system(String code, String name, String type, String category, int branches, int weight) {
        add(code, name, null, type, category, code, 0);
        String unitWord = switch (category) {
            case "机关" -> "局";
            case "事业单位" -> "单位";
            case "学校" -> "学校";
            case "国有企业", "非公有制企业" -> "公司";
            default -> "协会";
        };
        for (int b = 1; b <= branches; b++) {
            String unit = "昆山" + placeName() + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + unitWord;
            add(code + "-B" + pad(b), unit + "党支部", code, "党支部", category, code, weight / 2 + random.nextInt(weight));
        }
    }

    private void generalBranchWithBranches(String parent, String code, String name, String category, int branches,
                                           int weight, String place) {
        String area = parent;
        add(code, name, parent, "党总支", category, area, 0);
        for (int b = 0; b < branches; b++) {
            add(code + "-" + (b + 1), place + BRANCH_TOPICS[b] + "党支部", code, "党支部", category, area,
                    weight / 2 + random.nextInt(weight));
        }
    }

    private void add(String code, String name, String parent, String type, String category, String area, int weight) {
        rows.add(new OrgRow(code, name, parent, type, category, area, weight));
    }

    private String placeName() {
        return VILLAGE_NAMES[random.nextInt(VILLAGE_NAMES.length)] + VILLAGE_NAMES[random.nextInt(VILLAGE_NAMES.length)];
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static String pad(int n) {
        return String.format("%03d", n);
    }
}
