package cn.kaohe.exchange.control;

import cn.kaohe.exchange.boundary.Wording;
import java.text.MessageFormat;
import java.util.Map;

/** Chinese labels for the tests, as the web bundles would give them. */
final class TestWording implements Wording {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("exchange.template.unitCode", "单位代码"), Map.entry("exchange.template.unitName", "单位名称"),
            Map.entry("exchange.template.range", "{0}–{1} 分"), Map.entry("exchange.template.invalidTitle", "数值无效"),
            Map.entry("exchange.results.rankingSheet", "{0}排名"), Map.entry("exchange.results.rankingTitle", "{0} {1}排名"),
            Map.entry("exchange.results.rank", "排名"), Map.entry("exchange.results.unitCode", "单位代码"),
            Map.entry("exchange.results.unitName", "单位名称"), Map.entry("exchange.results.score", "得分"),
            Map.entry("exchange.results.grade", "等级"), Map.entry("exchange.results.flags", "标记"),
            Map.entry("exchange.results.standing", "说明"), Map.entry("exchange.results.bottom", "末位"),
            Map.entry("exchange.results.componentsSheet", "分项得分"), Map.entry("exchange.results.componentsTitle", "{0} 分项得分"),
            Map.entry("exchange.results.tier", "档次"), Map.entry("exchange.results.bonus", "加分"),
            Map.entry("exchange.results.deduction", "扣分"), Map.entry("exchange.results.adjustmentsSheet", "加减分明细"),
            Map.entry("exchange.results.adjustmentsTitle", "{0} 加减分明细"), Map.entry("exchange.results.kind", "类型"),
            Map.entry("exchange.results.table", "项目"), Map.entry("exchange.results.key", "级别"),
            Map.entry("exchange.results.work", "工作"), Map.entry("exchange.results.points", "分值"),
            Map.entry("exchange.results.applied", "计入"), Map.entry("exchange.results.reason", "原因"),
            Map.entry("exchange.results.rule", "规则"), Map.entry("exchange.results.yes", "是"),
            Map.entry("exchange.results.no", "否"), Map.entry("exchange.results.status.INCOMPLETE", "数据不全"),
            Map.entry("exchange.notice.title", "{0}考核结果通知书"), Map.entry("exchange.notice.to", "{0}（{1}）："),
            Map.entry("exchange.notice.intro", "{0}，贵单位在{1}中的考核结果如下。"),
            Map.entry("exchange.notice.rankOf", "第 {0} 名（共 {1} 个）"), Map.entry("exchange.notice.components", "分项得分"),
            Map.entry("exchange.notice.indicator", "指标"), Map.entry("exchange.notice.contribution", "计入总分"),
            Map.entry("exchange.notice.adjustments", "加减分"), Map.entry("exchange.notice.explanation", "得分说明"),
            Map.entry("exchange.notice.method", "方法"), Map.entry("exchange.notice.value", "得分"),
            Map.entry("exchange.summary.title", "{0}考核结果汇总"), Map.entry("exchange.summary.tier", "{0}（{1} 个单位）"),
            Map.entry("exchange.pdf.run", "评分批次 {0}，输入哈希 {1}"), Map.entry("exchange.none", "—"));

    @Override
    public String text(String key, Object... args) {
        String pattern = TEXTS.get(key);
        return pattern == null ? key : new MessageFormat(pattern).format(args);
    }

    @Override
    public String flag(String flag) {
        return flag.startsWith("VETO:") ? "一票否决：" + flag.substring(5) : flag;
    }
}
