package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A town's organisation department uploads its tree as a spreadsheet: a file with a bad row changes
 * nothing and names the row; the corrected file applies whole.
 */
class OrgImportE2eTest {
    private static final List<String> HEADER = List.of("组织编码", "组织名称", "上级组织编码", "组织类型", "组织类别");

    @Test
    void aBadRowRejectsTheWholeFileAndTheCorrectedFileAppliesWhole() {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        String p = "320583-IMP" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(p + "-T", "花桥镇党委", "", "党委", "区镇"));
        rows.add(List.of(p + "-G", "花桥商务区党总支", p + "-T", "党总支", "非公有制企业"));
        rows.add(List.of(p + "-B1", "花桥一支部", p + "-G", "党支部", "非公有制企业"));
        rows.add(List.of(p + "-B2", "花桥二支部", p + "-B1", "党支部", "非公有制企业"));

        Api.Reply rejected = city.upload("/api/orgs/import", "tree.xlsx", XLSX, xlsx(rows));
        assertThat(rejected.status()).as(rejected.raw().body()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("ORG_IMPORT_REJECTED");
        JsonNode bad = rejected.body().get("rows");
        assertThat(bad.size()).isEqualTo(1);
        assertThat(bad.get(0).get("row").asInt()).as("the fourth data row, under the header").isEqualTo(5);
        assertThat(city.get("/api/orgs?q=" + p + "&size=50").body().get("total").asInt()).as("nothing applied").isZero();

        rows.set(3, List.of(p + "-B2", "花桥二支部", p + "-G", "党支部", "非公有制企业"));
        Api.Reply applied = city.upload("/api/orgs/import", "tree.xlsx", XLSX, xlsx(rows));
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(200);
        assertThat(applied.body().get("imported").asInt()).isEqualTo(4);

        JsonNode found = city.get("/api/orgs?q=" + p + "&size=50").body();
        assertThat(found.get("total").asInt()).isEqualTo(4);
        assertThat(found.get("items").findValuesAsString("name")).contains("花桥镇党委", "花桥二支部");
    }

    private static final String XLSX = Sheets.XLSX;

    private static byte[] xlsx(List<List<Object>> rows) {
        return Sheets.xlsx("组织", HEADER, rows);
    }
}
