package org.dangjian.recruitment.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of development steps: read by administrators, a finer one loaded by the city administrator. */
@RestController
@RequestMapping("/api/recruitment/catalogues")
@Tag(name = "发展党员流程", description = "发展党员的阶段、步骤及时限规则（全国25步，城市可导入细化流程）。The stages and steps of member "
        + "development with their time rules: the national 25 steps, or a city's finer catalogue.")
public class CatalogueController {
    private final Catalogues catalogues;

    CatalogueController(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listCatalogues", summary = "流程版本列表",
            description = "Every catalogue version, the latest first; new cases start on the latest (`current`), each case "
                    + "keeps the version it started with. For administrators and auditors (@AdministratorsOrAuditors).")
    public List<CatalogueSummary> all() {
        return catalogues.all();
    }

    @AdministratorsOrAuditors
    @GetMapping("/current")
    @Operation(operationId = "getCurrentCatalogue", summary = "现行流程",
            description = "The version new cases start on, whole. For administrators and auditors (@AdministratorsOrAuditors).")
    public CatalogueView current() {
        return CatalogueView.of(catalogues.current());
    }

    @AdministratorsOrAuditors
    @GetMapping("/{version}")
    @Operation(operationId = "getCatalogue", summary = "查看流程版本",
            description = "A catalogue version whole: stages, steps in the order they unlock, who performs each, what is "
                    + "recorded and attached, the exam and vote it needs, its time rules with their basis. For "
                    + "administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "流程。The catalogue.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "没有此版本。No such version, code RECRUITMENT_CATALOGUE_NOT_FOUND")
    public CatalogueView one(@Parameter(description = "版本号。The version.", example = "1") @PathVariable int version) {
        return CatalogueView.of(catalogues.version(version));
    }

    @CityAdminOnly
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "loadCatalogue", summary = "导入细化流程",
            description = "Loads a city's finer catalogue (Kunshan: 43 steps) as the next version; new cases start on it, "
                    + "cases under way keep theirs. It refines the national catalogue: the same five stages, each step "
                    + "naming the national step it belongs to (`refines`) in the national order, every national step "
                    + "refined; time rules measure from earlier steps; each role once, in order. Every fault is named by "
                    + "its field. For the city administrator only (@CityAdminOnly).")
    @ApiResponse(responseCode = "201", description = "新版本。The new version.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "同时导入了另一版本，请重试。Another version was loaded at the same moment, "
            + "code RECRUITMENT_CATALOGUE_LOADED_AT_ONCE")
    public CatalogueView load(@Valid @RequestBody CatalogueDocument catalogue) {
        return CatalogueView.of(catalogues.load(catalogue, CurrentUsers.get().accountId()));
    }
}
