package cn.kaohe.scoringrun.boundary;

import cn.kaohe.scoringrun.entity.ScoringRun;
import java.time.LocalDateTime;

/**
 * A scoring run and its progress.
 *
 * @param inputSha256 SHA-256 of the scheme, the population rules and every unit's canonical input
 */
public record RunView(long id, String periodCode, String scopeUnitCode, String schemeKey, int schemeVersion,
        String inputSha256, String status, int unitsTotal, int unitsDone, Long jobExecutionId, String message,
        String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt) {

    static RunView of(ScoringRun r) {
        return new RunView(r.getId(), r.getPeriod().getCode(), r.getScopeUnitCode(), r.getScheme().getSchemeKey(),
                r.getScheme().getVersionNo(), r.getInputSha256(), r.getStatus().name(), r.getUnitsTotal(),
                r.getUnitsDone(), r.getJobExecutionId(), r.getMessage(), r.getStartedBy(), r.getStartedAt(),
                r.getFinishedAt());
    }
}
