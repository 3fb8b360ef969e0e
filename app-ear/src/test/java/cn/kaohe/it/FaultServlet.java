package cn.kaohe.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Test helper, deployed only by {@link RunRestartIT} beside the EAR: makes the database refuse the ranking step of a
 * scoring run, as a failing database would, and repairs it. {@code POST ?fault=rank-refused} breaks,
 * {@code POST ?repair=rank-refused} repairs.
 */
@WebServlet("/fault")
public class FaultServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String[]> FAULTS = Map.of("rank-refused", new String[] {
        // only runs started from now on: rows of earlier runs (other tests) keep their ranks
        "ALTER TABLE run_unit ADD CONSTRAINT it_fault_rank_refused CHECK (rank_no IS NULL OR run_id <= %d)",
        "ALTER TABLE run_unit DROP CONSTRAINT it_fault_rank_refused"});

    @Resource(lookup = "java:jboss/datasources/KaoheDS")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean repair = request.getParameter("repair") != null;
        String[] fault = FAULTS.get(repair ? request.getParameter("repair") : request.getParameter("fault"));
        if (fault == null) {
            response.sendError(404);
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long latest = 0;
            try (java.sql.ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(run_id), 0) FROM run_unit")) {
                if (max.next()) {
                    latest = max.getLong(1);
                }
            }
            statement.execute(repair ? fault[1] : String.format(fault[0], latest));
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(204);
    }
}
