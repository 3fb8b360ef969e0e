package cn.kaohe.web.api.reporting;

import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.reporting.boundary.SelfAssessment;
import cn.kaohe.reporting.boundary.UnitDesk;
import cn.kaohe.reporting.boundary.UnitReportService;
import cn.kaohe.reporting.boundary.UnitWorkbook;
import cn.kaohe.scoring.rounding.Decimals;
import jakarta.ejb.EJB;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The unit reporter's read side: {@code GET /api/reporting/dashboard} (the caller's units in every period, what is
 * due, deadlines), {@code GET /api/reporting/periods/{code}/units/{unit}} (the entry form: places, entries, claims,
 * evidence) and {@code …/preview} (the score scoring-core gives the unit's current data, explained).
 */
@Path("reporting")
@Produces(MediaType.APPLICATION_JSON)
public class UnitReportResource {

    /**
     * The preview as JSON: status ({@code COMPLETE}, {@code INCOMPLETE}: data missing, {@code INVALID}), exact final
     * score (or null), grade, and scoring-core's explanation (or its problems).
     */
    public record PreviewView(String periodCode, String unitCode, String category, String inputSha256, String status,
            String finalScore, String grade, JsonValue explanation) {
    }

    @EJB
    private UnitReportService reports;

    @GET
    @Path("dashboard")
    public List<UnitDesk> dashboard() {
        return reports.dashboard();
    }

    @GET
    @Path("periods/{code}/units/{unit}")
    public UnitWorkbook workbook(@PathParam("code") String code, @PathParam("unit") String unit) {
        return reports.workbook(code, unit);
    }

    @GET
    @Path("periods/{code}/units/{unit}/preview")
    public PreviewView preview(@PathParam("code") String code, @PathParam("unit") String unit) {
        SelfAssessment s = reports.preview(code, unit);
        return new PreviewView(s.periodCode(), s.unitCode(), s.category(), s.inputSha256(),
                s.status(),
                s.result() == null || s.result().finalScore() == null ? null : Decimals.text(s.result().finalScore()),
                s.result() == null ? null : s.result().grade(), JsonValues.of(s.explanationJson()));
    }
}
