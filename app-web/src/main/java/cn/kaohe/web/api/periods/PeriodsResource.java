package cn.kaohe.web.api.periods;

import cn.kaohe.period.boundary.Assignment;
import cn.kaohe.period.boundary.Enrolment;
import cn.kaohe.period.boundary.IndicatorRef;
import cn.kaohe.period.boundary.NewPeriod;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.boundary.PeriodView;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.QueryParam;
import cn.kaohe.reporting.boundary.AdjustmentView;
import cn.kaohe.reporting.boundary.EntryView;
import cn.kaohe.reporting.boundary.NewAdjustment;
import cn.kaohe.reporting.boundary.NewEntry;
import cn.kaohe.reporting.boundary.NewVeto;
import cn.kaohe.reporting.boundary.ReportingService;
import cn.kaohe.reporting.boundary.VetoView;
import cn.kaohe.scoringrun.boundary.RunView;
import cn.kaohe.scoringrun.boundary.ScoringRunService;
import cn.kaohe.exchange.boundary.ExchangeService;
import cn.kaohe.exchange.boundary.UploadReport;
import cn.kaohe.grid.boundary.Explanation;
import cn.kaohe.grid.boundary.Grid;
import cn.kaohe.grid.boundary.GridService;
import cn.kaohe.web.api.exchange.Downloads;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * Assessment periods and everything below one (docs/api.md): units, lead-department assignments, entries and
 * imports, bonus claims and deductions, vetoes, scoring runs. One root resource, so that JAX-RS matching of
 * {@code /periods/...} never depends on which of several root resources wins.
 */
@Path("periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodsResource {

    /** A bulk import: every row is stored, or none. */
    public record ImportRequest(List<NewEntry> rows) {
    }

    @EJB
    private PeriodService periods;

    @EJB
    private ReportingService reporting;

    @EJB
    private ScoringRunService runs;

    @EJB
    private GridService grids;

    @EJB
    private ExchangeService exchange;

    @GET
    public List<PeriodView> list() {
        return periods.list();
    }

    @POST
    public Response create(NewPeriod request, @Context UriInfo uri) {
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        PeriodView created = periods.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    /** The sub-periods a period on scheme {@code scheme} version {@code version} gets (to set deadlines before). */
    @GET
    @Path("sub-periods")
    public List<String> subPeriodsOf(@QueryParam("scheme") String scheme, @QueryParam("version") Integer version) {
        if (scheme == null || version == null) {
            throw new RequestRejectedException(List.of(Violation.of(scheme == null ? "scheme" : "version",
                    "field.required")));
        }
        return periods.subPeriodsOf(scheme, version);
    }

    /** The indicator nodes of the period's scheme, per category: what {@code assignments} may name. */
    @GET
    @Path("{code}/indicators")
    public List<IndicatorRef> indicators(@PathParam("code") String code) {
        return periods.indicators(code);
    }

    /** Sets sub-period deadlines ({@code version} = the period's {@code lockVersion} read; stale answers 409). */
    @PUT
    @Path("{code}/deadlines")
    public PeriodView setDeadlines(@PathParam("code") String code, @QueryParam("version") Long version,
            List<NewPeriod.Deadline> deadlines) {
        if (deadlines == null || version == null) {
            throw new RequestRejectedException(List.of(Violation.of(version == null ? "version" : "body",
                    "field.required")));
        }
        return periods.setDeadlines(code, version, deadlines);
    }

    @GET
    @Path("{code}")
    public PeriodView get(@PathParam("code") String code) {
        return periods.find(code).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{code}/units")
    public PeriodView enrol(@PathParam("code") String code, List<Enrolment> units) {
        return periods.enrol(code, units);
    }

    @GET
    @Path("{code}/assignments")
    public List<Assignment> assignments(@PathParam("code") String code) {
        return periods.assignments(code);
    }

    @POST
    @Path("{code}/assignments")
    public List<Assignment> assign(@PathParam("code") String code, Assignment assignment) {
        return periods.assign(code, assignment);
    }


    @GET
    @Path("{code}/entries")
    public List<EntryView> entries(@PathParam("code") String code, @QueryParam("unit") String unit) {
        return reporting.entries(code, unit);
    }

    @POST
    @Path("{code}/entries")
    public Response createEntry(@PathParam("code") String code, NewEntry entry, @Context UriInfo uri) {
        EntryView created = reporting.create(code, required(entry));
        return Response.created(uri.getBaseUriBuilder().path("entries").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{code}/entries/import")
    public List<EntryView> importEntries(@PathParam("code") String code, ImportRequest request) {
        return reporting.importEntries(code, required(request).rows());
    }

    @GET
    @Path("{code}/adjustments")
    public List<AdjustmentView> adjustments(@PathParam("code") String code, @QueryParam("unit") String unit) {
        return reporting.adjustments(code, unit);
    }

    @POST
    @Path("{code}/adjustments")
    public Response addAdjustment(@PathParam("code") String code, NewAdjustment request) {
        return Response.status(201).entity(reporting.addAdjustment(code, required(request))).build();
    }

    @GET
    @Path("{code}/vetoes")
    public List<VetoView> vetoes(@PathParam("code") String code, @QueryParam("unit") String unit) {
        return reporting.vetoes(code, unit);
    }

    @POST
    @Path("{code}/vetoes")
    public Response addVeto(@PathParam("code") String code, NewVeto request) {
        return Response.status(201).entity(reporting.addVeto(code, required(request))).build();
    }

    /** Starts a run of the period (or of {@code ?unit=}); 202 with the run to poll at its Location. */
    @POST
    @Path("{code}/runs")
    public Response startRun(@PathParam("code") String code, @QueryParam("unit") String unit, @Context UriInfo uri) {
        RunView run = runs.start(code, unit == null || unit.isBlank() ? null : unit);
        return Response.accepted(run)
                .location(uri.getBaseUriBuilder().path("runs").path(String.valueOf(run.id())).build()).build();
    }

    @GET
    @Path("{code}/runs")
    public List<RunView> runs(@PathParam("code") String code) {
        return runs.list(code);
    }

    /** The caller's scoring grid of a category (assessors: their lead department's indicators). */
    @GET
    @Path("{code}/grid")
    public Grid grid(@PathParam("code") String code, @QueryParam("category") String category) {
        return grids.grid(code, category);
    }

    /** scoring-core's explanation of a unit from what is entered so far (nothing stored). */
    @GET
    @Path("{code}/grid/preview/{unit}")
    public Explanation preview(@PathParam("code") String code, @PathParam("unit") String unit) {
        return grids.preview(code, unit);
    }

    /** The bulk-entry template (.xlsx) of the caller's grid. */
    @GET
    @Path("{code}/grid/template")
    @Produces(Downloads.XLSX)
    public Response template(@PathParam("code") String code, @Context HttpHeaders headers) {
        return Downloads.file(exchange.template(code, Downloads.wording(headers)), Downloads.XLSX,
                "kaohe-" + code + "-grid.xlsx");
    }

    /** A filled template: every value saved, or none (400 naming every bad cell). */
    @POST
    @Path("{code}/grid/upload")
    @Consumes({Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public UploadReport upload(@PathParam("code") String code, byte[] workbook) {
        return exchange.upload(code, workbook);
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        return body;
    }
}
