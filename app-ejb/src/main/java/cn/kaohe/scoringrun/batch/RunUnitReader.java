package cn.kaohe.scoringrun.batch;

import cn.kaohe.scoringrun.control.RunRecorder;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the run's units that have no result yet. A restarted job reads only what is left, so a restart never scores
 * a unit twice (the checkpoint is not needed: the database is the checkpoint).
 */
@Named("runUnitReader")
@Dependent
public class RunUnitReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "runId")
    private String runId;

    @EJB
    private RunRecorder recorder;

    private Iterator<Long> remaining;

    @Override
    public void open(Serializable checkpoint) {
        remaining = recorder.unscored(Long.parseLong(runId)).iterator();
    }

    @Override
    public Object readItem() {
        return remaining.hasNext() ? remaining.next() : null;
    }
}
