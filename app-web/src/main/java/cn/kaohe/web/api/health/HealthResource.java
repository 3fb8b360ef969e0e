package cn.kaohe.web.api.health;

import cn.kaohe.platform.health.Health;
import cn.kaohe.platform.health.HealthService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Health for operators and load balancers. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    private HealthService health;

    @GET
    public Response get() {
        Health state = health.check();
        return Response.status(state.up() ? 200 : 503).entity(state).build();
    }
}
