package cn.kaohe.scoringrun.batch;

import cn.kaohe.scoringrun.control.RunRecorder;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ranks every tier of the run with scoring-core's ranking package and marks the run completed. */
@Named("rankingBatchlet")
@Dependent
public class RankingBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "runId")
    private String runId;

    @EJB
    private RunRecorder recorder;

    @Override
    public String process() {
        recorder.rankAndComplete(Long.parseLong(runId));
        return BatchStatus.COMPLETED.name();
    }
}
