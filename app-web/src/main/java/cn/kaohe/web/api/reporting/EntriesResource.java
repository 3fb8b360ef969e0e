package cn.kaohe.web.api.reporting;

import cn.kaohe.reporting.boundary.EntryUpdate;
import cn.kaohe.reporting.boundary.EntryView;
import cn.kaohe.reporting.boundary.ReportingService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One data entry: read, and edit with the version read (409 on a stale version). */
@Path("entries/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntriesResource {

    @EJB
    private ReportingService reporting;

    @GET
    public EntryView get(@PathParam("id") long id) {
        return reporting.entry(id).orElseThrow(NotFoundException::new);
    }

    @PUT
    public EntryView update(@PathParam("id") long id, EntryUpdate update) {
        return reporting.update(id, cn.kaohe.web.api.periods.PeriodsResource.required(update));
    }
}
