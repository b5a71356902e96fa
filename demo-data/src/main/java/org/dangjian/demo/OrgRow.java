package org.dangjian.demo;

import java.util.List;

/**
 * One organisation of the generated tree, as a row of org-service's import template. {@code area} is
 * the code of the top-level committee it belongs to (members are imported one area at a time, as each
 * town would); {@code memberWeight} is how large its membership is relative to other branches (0 for
 * committees and general branches, which hold organisations, not members).
 */
record OrgRow(String code, String name, String parentCode, String type, String category, String area,
              int memberWeight) {
    static final List<String> HEADER = List.of("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别");

    boolean holdsMembers() {
        return memberWeight > 0;
    }

    List<Object> cells() {
        return List.of(code, name, parentCode == null ? "" : parentCode, type, category);
    }
}
