package cn.kaohe.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.web.i18n.Messages;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow pages' wording: service messages with actions and states in words, times in China time. */
class WorkflowLabelsTest {

    @Test
    void namesTheRefusedActionOfAnOwnSubmissionInWords() {
        // TB-10: nobody approves their own submission; the page says 审定, not APPROVE
        assertEquals("您不能对单位 U-1 执行 审定：该单位的自评由您本人提交或数据由您本人填报，任何人不得审批自己的提交。",
                WorkflowLabels.message(Messages.CHINESE, "workflow.ownSubmission", List.of("APPROVE", "U-1")));
        assertEquals("you may not approve unit U-1: you submitted or entered its data yourself, and nobody approves"
                + " their own submission.",
                WorkflowLabels.message(Messages.ENGLISH, "workflow.ownSubmission", List.of("APPROVE", "U-1")));
    }

    @Test
    void translatesStatesAndListsOfStatesButLeavesUnitCodesAlone() {
        assertEquals("单位 DRAFT-1 当前为“已退回”状态：操作 评分完成 只能在以下状态执行：已提交自评。",
                WorkflowLabels.message(Messages.CHINESE, "workflow.state.invalid",
                        List.of("SCORE", "DRAFT-1", "RETURNED", "SUBMITTED")));
        assertEquals("单位 U 当前为“填报中”状态：操作 退回 只能在以下状态执行：已评分、已提交自评。",
                WorkflowLabels.message(Messages.CHINESE, "workflow.state.invalid",
                        List.of("RETURN", "U", "DRAFT", "SCORED, SUBMITTED")));
    }

    @Test
    void otherMessagesAreTranslatedAsTheyAre() {
        assertEquals(Messages.text(Messages.CHINESE, "field.required", List.of()),
                WorkflowLabels.message(Messages.CHINESE, "field.required", List.of()));
    }

    @Test
    void showsUtcTimesInChinaStandardTime() {
        assertEquals("2026-11-28 12:05", WorkflowLabels.format(LocalDateTime.parse("2026-11-28T04:05:59")));
        assertEquals("2027-01-01 00:00", WorkflowLabels.format(LocalDateTime.parse("2026-12-31T16:00:00")));
        assertEquals("", WorkflowLabels.format(null));
    }
}
