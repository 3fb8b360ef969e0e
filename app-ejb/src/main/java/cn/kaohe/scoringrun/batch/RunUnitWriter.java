package cn.kaohe.scoringrun.batch;

import cn.kaohe.scoringrun.control.RunRecorder;
import cn.kaohe.scoringrun.control.UnitScorer;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Stores a chunk of scored units and the run's progress, in the chunk's transaction. */
@Named("runUnitWriter")
@Dependent
public class RunUnitWriter extends AbstractItemWriter {

    @EJB
    private RunRecorder recorder;

    @Override
    public void writeItems(List<Object> items) {
        recorder.store(items.stream().map(UnitScorer.Scored.class::cast).toList());
    }
}
