package cn.kaohe.web.api.results;

import cn.kaohe.results.boundary.RankingRow;
import cn.kaohe.results.boundary.ResultSheet;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.results.boundary.TierSummary;
import cn.kaohe.results.boundary.TrendPoint;
import cn.kaohe.results.boundary.WhatIfResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Results of scoring runs for reading (docs/api.md#results). */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    @EJB
    private ResultsService results;

    @GET
    @Path("{run}/ranking")
    public List<RankingRow> ranking(@PathParam("run") long run, @QueryParam("category") String category) {
        List<RankingRow> rows = results.ranking(run);
        return category == null ? rows : rows.stream().filter(r -> r.category().equals(category)).toList();
    }

    @GET
    @Path("{run}/tiers")
    public List<TierSummary> tiers(@PathParam("run") long run) {
        return results.tiers(run);
    }

    @GET
    @Path("{run}/sheets/{unit}")
    public ResultSheet sheet(@PathParam("run") long run, @PathParam("unit") String unit) {
        return results.sheet(run, unit);
    }

    @GET
    @Path("{run}/trend")
    public List<TrendPoint> trend(@PathParam("run") long run, @QueryParam("category") String category,
            @QueryParam("unit") String unit) {
        return results.trend(run, category, unit);
    }

    @GET
    @Path("{run}/whatif/{unit}")
    public WhatIfResult whatIf(@PathParam("run") long run, @PathParam("unit") String unit,
            @QueryParam("grade") String grade, @QueryParam("indicator") String indicator,
            @QueryParam("scale") Integer scale) {
        return results.whatIf(run, unit, grade, indicator, scale);
    }

    @GET
    @Path("latest")
    public ResultSheet latest(@QueryParam("unit") String unit) {
        return results.latestSheet(unit).orElseThrow(NotFoundException::new);
    }
}
