package cn.kaohe.scoringrun.batch;

import cn.kaohe.scoringrun.control.RunRecorder;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Scores one unit's input snapshot with scoring-core. */
@Named("runUnitProcessor")
@Dependent
public class RunUnitProcessor implements ItemProcessor {

    @EJB
    private RunRecorder recorder;

    @Override
    public Object processItem(Object runUnitId) {
        return recorder.score((Long) runUnitId);
    }
}
