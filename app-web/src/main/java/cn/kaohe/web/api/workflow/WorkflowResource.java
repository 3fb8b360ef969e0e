package cn.kaohe.web.api.workflow;

import cn.kaohe.workflow.boundary.NewObjection;
import cn.kaohe.workflow.boundary.NotificationView;
import cn.kaohe.workflow.boundary.ObjectionAnswer;
import cn.kaohe.workflow.boundary.ObjectionView;
import cn.kaohe.workflow.boundary.PublicityRequest;
import cn.kaohe.workflow.boundary.TransitionRequest;
import cn.kaohe.workflow.boundary.TransitionView;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import cn.kaohe.workflow.boundary.WorkflowSettings;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The assessment workflow (docs/api.md, "Workflow"): states and history per unit and period, transitions,
 * settings and publicity per period, objections, and the caller's notifications. A root resource of its own,
 * so {@code /periods/...} matching stays with {@code PeriodsResource}.
 */
@Path("workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    @EJB
    private WorkflowService workflow;

    @GET
    @Path("{period}/units")
    public List<UnitWorkflowView> states(@PathParam("period") String period) {
        return workflow.states(period);
    }

    @GET
    @Path("{period}/units/{unit}")
    public UnitWorkflowView state(@PathParam("period") String period, @PathParam("unit") String unit) {
        return workflow.state(period, unit);
    }

    @GET
    @Path("{period}/units/{unit}/history")
    public List<TransitionView> history(@PathParam("period") String period, @PathParam("unit") String unit) {
        return workflow.history(period, unit);
    }

    @POST
    @Path("{period}/units/{unit}/transitions")
    public UnitWorkflowView transition(@PathParam("period") String period, @PathParam("unit") String unit,
            TransitionRequest request) {
        return workflow.transition(period, unit, request);
    }

    @GET
    @Path("{period}/settings")
    public WorkflowSettings settings(@PathParam("period") String period) {
        return workflow.settings(period);
    }

    @PUT
    @Path("{period}/settings")
    public WorkflowSettings configure(@PathParam("period") String period, WorkflowSettings request) {
        return workflow.configure(period, request);
    }

    @POST
    @Path("{period}/publicity")
    public List<UnitWorkflowView> startPublicity(@PathParam("period") String period, PublicityRequest request) {
        return workflow.startPublicity(period, request);
    }

    @GET
    @Path("{period}/objections")
    public List<ObjectionView> objections(@PathParam("period") String period) {
        return workflow.objections(period);
    }

    @POST
    @Path("{period}/units/{unit}/objections")
    public Response fileObjection(@PathParam("period") String period, @PathParam("unit") String unit,
            NewObjection request) {
        return Response.status(Response.Status.CREATED).entity(workflow.fileObjection(period, unit, request)).build();
    }

    @POST
    @Path("objections/{id}/answer")
    public ObjectionView answer(@PathParam("id") long id, ObjectionAnswer request) {
        return workflow.answer(id, request);
    }

    @GET
    @Path("notifications")
    public List<NotificationView> notifications() {
        return workflow.notifications();
    }

    @POST
    @Path("notifications/read")
    public List<NotificationView> markAllRead() {
        return workflow.markAllRead();
    }
}
