package cn.kaohe.scoringrun.boundary;

import java.util.List;

/**
 * The answer of "verify run": scoring the stored snapshots again with the stored scheme version reproduces every
 * stored result exactly ({@code reproduced}), the snapshots still hash to the run's hash ({@code snapshotIntact}),
 * and whether today's reported inputs are still the ones scored ({@code inputsUnchanged}).
 */
public record VerifyReport(long runId, String inputSha256, String recomputedSha256, String currentInputsSha256,
        boolean snapshotIntact, boolean reproduced, boolean inputsUnchanged, List<String> differences) {
}
