package cn.kaohe.it;

import cn.kaohe.workflow.control.WorkflowTimer;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Test helper, deployed only by {@link WorkflowIT} beside the EAR (with a module dependency on its EJB jar): runs the
 * workflow timer's job at a chosen instant, {@code POST ?at=2026-12-01T00:00:00Z}, so tests never wait for the clock.
 * Answers {@code reminders published waiting}.
 */
@WebServlet("/clock")
public class ClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TIMER = "java:global/kaohe/app-ejb/WorkflowTimer!" + "cn.kaohe.workflow.control.WorkflowTimer";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant at = Instant.parse(request.getParameter("at"));
        try {
            WorkflowTimer timer = (WorkflowTimer) new InitialContext().lookup(TIMER);
            WorkflowTimer.Report report = timer.run(at);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(report.reminders() + " " + report.published() + " " + report.waitingForAnswers());
        } catch (NamingException e) {
            throw new IOException(e);
        }
    }
}
