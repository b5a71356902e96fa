package org.dangjian.recruitment.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.excel.ImportCodes;
import org.dangjian.kit.excel.SheetLayout;
import org.dangjian.recruitment.application.NewCases;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;

/**
 * The columns of the workbook of cases part-way through: the person, the branch, then one date column per step of
 * the current catalogue ("N03 推荐和确定入党积极分子"), the application step's required (it is the application's
 * date), the others optional and filled up to the step each person has reached.
 */
final class CaseSheet {
    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String ID_NUMBER = "公民身份号码";
    static final String PHONE = "手机号码";
    static final String EDUCATION = "学历";
    static final String ORG_CODE = "申请支部编码";
    static final String WORK_UNIT = "工作单位";
    /** GB 3304 name (with or without 族) or code; blank is 汉族, as in the member import. */
    static final String ETHNICITY = "民族";
    static final ImportCodes CODES = new ImportCodes("RECRUITMENT_IMPORT");
    /** The application's fields (as in the JSON API) to the column headers; the date is the application step's. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", NAME, "gender", GENDER, "idNumber", ID_NUMBER,
            "phone", PHONE, "education", EDUCATION, "workUnit", WORK_UNIT, "orgId", ORG_CODE, "ethnicity", ETHNICITY);

    private CaseSheet() {
    }

    static String column(StepDefinition step) {
        return step.code() + " " + step.name();
    }

    static SheetLayout layout(Catalogue catalogue) {
        StepDefinition application = NewCases.applicationStep(catalogue);
        List<String> optional = new ArrayList<>(List.of(WORK_UNIT, ETHNICITY));
        catalogue.steps().stream().filter(s -> !s.code().equals(application.code())).map(CaseSheet::column).forEach(optional::add);
        return new SheetLayout("发展党员",
                List.of(NAME, GENDER, ID_NUMBER, PHONE, EDUCATION, ORG_CODE, column(application)), optional);
    }
}
