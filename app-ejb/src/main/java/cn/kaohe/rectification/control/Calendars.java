package cn.kaohe.rectification.control;

import cn.kaohe.rectification.entity.CalendarDay;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The working-day calendar as the database holds it (every configured holiday and make-up day). */
@Stateless
@PermitAll
public class Calendars {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    public WorkingCalendar current() {
        Map<LocalDate, WorkingCalendar.Day> days = new HashMap<>();
        for (CalendarDay d : em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList()) {
            days.put(d.getDate(), d.getKind() == CalendarDay.Kind.HOLIDAY ? WorkingCalendar.Day.HOLIDAY
                    : WorkingCalendar.Day.WORKDAY);
        }
        return WorkingCalendar.of(days);
    }
}
