package cn.kaohe.web.api.audit;

import cn.kaohe.audit.boundary.AuditRecord;
import cn.kaohe.audit.boundary.AuditService;
import cn.kaohe.audit.boundary.AuditVerification;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit log, for the assessment office and auditors: {@code GET /api/audit?actor=&entityType=&entityId=&from=&to=&limit=}
 * (times UTC, ISO-8601) and {@code GET /api/audit/verify}, which recomputes the hash chain.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditService audit;

    @GET
    public List<AuditRecord> search(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.search(blankToNull(actor), blankToNull(entityType), blankToNull(entityId), time("from", from),
                time("to", to), limit);
    }

    @GET
    @Path("verify")
    public AuditVerification verify() {
        return audit.verify();
    }

    private static LocalDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RequestRejectedException(List.of(Violation.of(field, "audit.time.invalid", value)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
