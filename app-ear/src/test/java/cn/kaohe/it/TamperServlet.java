package cn.kaohe.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test helper, deployed only by {@link AuditIT} beside the EAR: changes an audit row behind the application's back
 * with plain SQL, as an intruder with database access would. {@code POST ?position=N} with the new
 * {@code after_json} as body; answers the old value so the test can put it back.
 */
@WebServlet("/tamper")
public class TamperServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/KaoheDS")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long position = Long.parseLong(request.getParameter("position"));
        String replacement = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try (Connection connection = dataSource.getConnection()) {
            String old;
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT after_json FROM audit_entry WHERE position = ?")) {
                read.setLong(1, position);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        response.sendError(404);
                        return;
                    }
                    old = row.getString(1);
                }
            }
            try (PreparedStatement write = connection.prepareStatement(
                    "UPDATE audit_entry SET after_json = ? WHERE position = ?")) {
                write.setString(1, replacement);
                write.setLong(2, position);
                write.executeUpdate();
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(old == null ? "" : old);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
