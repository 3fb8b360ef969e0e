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
import java.util.List;

/** Scoring runs and their results (docs/api.md#runs). */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

    @EJB
    private ScoringRunService runs;

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
}
