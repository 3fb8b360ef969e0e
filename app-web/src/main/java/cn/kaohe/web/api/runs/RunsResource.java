package cn.kaohe.web.api.runs;

import cn.kaohe.scoringrun.boundary.RunView;
import cn.kaohe.scoringrun.boundary.ScoringRunService;
import cn.kaohe.scoringrun.boundary.UnitResultView;
import cn.kaohe.scoringrun.boundary.VerifyReport;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import cn.kaohe.exchange.boundary.ExchangeService;
import cn.kaohe.web.api.exchange.Downloads;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Scoring runs and their results (docs/api.md#runs). */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

    @EJB
    private ScoringRunService runs;

    @EJB
    private ExchangeService exchange;

    @GET
    @Path("{id}")
    public RunView get(@PathParam("id") long id) {
        return runs.find(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/results")
    public List<UnitResultView> results(@PathParam("id") long id, @QueryParam("detail") boolean detail) {
        return runs.results(id, detail);
    }

    @GET
    @Path("{id}/results/{unit}")
    public UnitResultView result(@PathParam("id") long id, @PathParam("unit") String unit) {
        return runs.result(id, unit).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/verify")
    public VerifyReport verify(@PathParam("id") long id) {
        return runs.verify(id);
    }

    /** The results workbook: a ranking sheet per tier, components, bonuses and deductions. */
    @GET
    @Path("{id}/export/results.xlsx")
    @Produces(Downloads.XLSX)
    public Response resultsWorkbook(@PathParam("id") long id, @Context HttpHeaders headers) {
        return Downloads.file(exchange.resultsWorkbook(id, Downloads.wording(headers)), Downloads.XLSX,
                "kaohe-run-" + id + "-results.xlsx");
    }

    /** The result notice (PDF) of one unit. */
    @GET
    @Path("{id}/export/notice/{unit}.pdf")
    @Produces(Downloads.PDF)
    public Response notice(@PathParam("id") long id, @PathParam("unit") String unit, @Context HttpHeaders headers) {
        return Downloads.file(exchange.notice(id, unit, Downloads.wording(headers)), Downloads.PDF,
                "kaohe-run-" + id + "-" + unit + ".pdf");
    }

    /** The summary report (PDF) of the run's period. */
    @GET
    @Path("{id}/export/summary.pdf")
    @Produces(Downloads.PDF)
    public Response summary(@PathParam("id") long id, @Context HttpHeaders headers) {
        return Downloads.file(exchange.summary(id, Downloads.wording(headers)), Downloads.PDF,
                "kaohe-run-" + id + "-summary.pdf");
    }
}
