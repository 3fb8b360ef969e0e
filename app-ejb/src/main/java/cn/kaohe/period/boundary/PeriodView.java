package cn.kaohe.period.boundary;

import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.period.entity.SubPeriod;
import java.time.LocalDate;
import java.util.List;

/** A period as the web layer sees it. */
public record PeriodView(long id, String code, String name, int year, String schemeKey, int schemeVersion,
        List<SubPeriodView> subPeriods, List<UnitView> units, long lockVersion) {

    /** A sub-period with its kind and deadline. */
    public record SubPeriodView(String code, String kind, LocalDate deadline) {
    }

    /** A unit assessed in the period and its scheme category. */
    public record UnitView(String unitCode, String category) {
    }

    static PeriodView of(AssessmentPeriod p, List<PeriodUnit> units) {
        return new PeriodView(p.getId(), p.getCode(), p.getName(), p.getYear(), p.getScheme().getSchemeKey(),
                p.getScheme().getVersionNo(),
                p.getSubPeriods().stream().map(PeriodView::sub).toList(),
                units.stream().map(u -> new UnitView(u.getUnitCode(), u.getCategory())).toList(), p.getVersion());
    }

    private static SubPeriodView sub(SubPeriod s) {
        return new SubPeriodView(s.getCode(), s.getKind().name(), s.getDeadline());
    }
}
