package cn.kaohe.scoring.io;

import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.CapGroup;
import cn.kaohe.scoring.adjustment.GrowthStep;
import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Discretionary;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.method.SheetSpec;
import cn.kaohe.scoring.method.Survey;
import cn.kaohe.scoring.method.Tier;
import cn.kaohe.scoring.method.TierContribution;
import cn.kaohe.scoring.outcome.GateCondition;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeGate;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a scheme as JSON in the format {@link SchemeReader} reads (numbers as strings, so no binary floating
 * point ever touches them). Reading what was written gives an equal scheme.
 */
public final class SchemeWriter {

    private SchemeWriter() {
    }

    /** The scheme as pretty-printed JSON text. */
    public static String write(Scheme scheme) {
        try {
            return SchemeReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(scheme));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the scheme to a file (UTF-8). */
    public static void write(Scheme scheme, Path file) {
        try {
            Files.writeString(file, write(scheme), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toJson(Scheme s) {
        ObjectNode root = SchemeReader.MAPPER.createObjectNode();
        root.put("id", s.id());
        put(root, "title", s.title());
        if (s.rounding() != null) {
            ObjectNode r = root.putObject("rounding");
            r.put("scale", s.rounding().scale());
            r.put("mode", s.rounding().mode().name());
        }
        num(root, "totalCap", s.totalCap());
        if (s.division() != Division.EXACT) {
            root.put("division", s.division().name()); // EXACT is the default: seed schemes stay as they were
        }
        ObjectNode grades = root.putObject("grades");
        grades.put("basis", s.grades().basis().name());
        ArrayNode bands = grades.putArray("bands");
        for (GradeBand b : s.grades().bands()) {
            ObjectNode o = bands.addObject();
            o.put("grade", b.grade());
            num(o, "min", b.min());
            num(o, "max", b.max());
            if (!b.minInclusive()) {
                o.put("minInclusive", false);
            }
            if (b.maxInclusive()) {
                o.put("maxInclusive", true);
            }
        }
        if (!s.gates().isEmpty()) {
            ArrayNode gates = root.putArray("gates");
            for (GradeGate g : s.gates()) {
                ObjectNode o = gates.addObject();
                o.put("grade", g.grade());
                put(o, "downgradeTo", g.downgradeTo());
                put(o, "flagPrefix", g.flagPrefix());
                put(o, "rule", g.ruleId());
                ArrayNode cs = o.putArray("conditions");
                for (GateCondition c : g.conditions()) {
                    ObjectNode co = cs.addObject();
                    co.put("fact", c.fact());
                    strings(co, "allowed", c.allowed());
                    put(co, "flag", c.flag());
                }
            }
        }
        ObjectNode veto = root.putObject("veto");
        strings(veto, "areas", s.veto().areas());
        veto.put("effect", s.veto().effect().name());
        put(veto, "failGrade", s.veto().failGrade());
        put(veto, "rule", s.veto().ruleId());
        ObjectNode el = root.putObject("eligibility");
        num(el, "minScore", s.eligibility().minScore());
        strings(el, "blockingGrades", s.eligibility().blockingGrades());
        strings(el, "disqualifyingFacts", s.eligibility().disqualifyingFacts());
        put(el, "rule", s.eligibility().ruleId());
        ObjectNode adj = root.putObject("adjustments");
        ArrayNode caps = adj.putArray("caps");
        for (CapGroup c : s.adjustments().caps()) {
            ObjectNode o = caps.addObject();
            o.put("id", c.id());
            num(o, "max", c.max());
            put(o, "rule", c.ruleId());
            put(o, "flag", c.flag());
        }
        ArrayNode tables = adj.putArray("tables");
        for (AdjustmentTable t : s.adjustments().tables()) {
            ObjectNode o = tables.addObject();
            o.put("id", t.id());
            o.put("sign", t.sign().name());
            put(o, "rule", t.ruleId());
            if (!t.rows().isEmpty()) {
                ObjectNode rows = o.putObject("rows");
                t.rows().forEach((k, v) -> num(rows, k, v));
            } else {
                num(o, "enteredMin", t.enteredMin());
                num(o, "enteredMax", t.enteredMax());
            }
            o.put("highestPerWork", t.highestPerWork());
            o.put("evidenceRequired", t.evidenceRequired());
            o.put("documentYear", t.documentYear());
            put(o, "outsideYearFlag", t.outsideYearFlag());
            num(o, "notRectifiedFactor", t.notRectifiedFactor());
            put(o, "capGroup", t.capGroup());
            o.put("deferrable", t.deferrable());
            num(o, "leaderDemeritShare", t.leaderDemeritShare());
        }
        ArrayNode growth = adj.putArray("growth");
        for (GrowthStep g : s.adjustments().growthSteps()) {
            ObjectNode o = growth.addObject();
            o.put("id", g.id());
            put(o, "rule", g.ruleId());
            num(o, "minCurrent", g.minCurrent());
            num(o, "stepPercent", g.stepPercent());
            num(o, "bonusPerStep", g.bonusPerStep());
            num(o, "penaltyPerStep", g.penaltyPerStep());
            o.put("thresholdOnPrevious", g.thresholdOnPrevious());
            o.put("partialSteps", g.partialSteps());
            o.put("undefinedFlag", g.undefinedFlag());
        }
        ArrayNode cats = root.putArray("categories");
        for (Category c : s.categories()) {
            ObjectNode o = cats.addObject();
            o.put("id", c.id());
            put(o, "name", c.name());
            o.put("adjustmentsApply", c.adjustmentsApply());
            put(o, "notApplicableFlag", c.notApplicableFlag());
            num(o, "honoursMinScore", c.honoursMinScore());
            o.set("root", node(c.root()));
        }
        return root;
    }

    private static ObjectNode node(Indicator n) {
        ObjectNode o = SchemeReader.MAPPER.createObjectNode();
        o.put("id", n.id());
        put(o, "name", n.name());
        put(o, "rule", n.ruleId());
        if (n.weight().compareTo(BigDecimal.ONE) != 0) {
            num(o, "weight", n.weight());
        }
        num(o, "points", n.points());
        switch (n.kind()) {
            case GROUP -> {
                if (n.divisor().compareTo(BigDecimal.ONE) != 0) {
                    num(o, "divisor", n.divisor());
                }
                ArrayNode children = o.putArray("children");
                n.children().forEach(c -> children.add(node(c)));
            }
            case LEAF -> o.set("method", method(n.method()));
            case SHEET -> o.set("sheet", sheet(n.sheet()));
            case PERIODS -> {
                ObjectNode p = o.putObject("periods");
                p.put("mode", n.periods().mode().name());
                num(p, "divisor", n.periods().divisor());
                p.put("acceptWhole", n.periods().acceptWhole());
                ArrayNode list = p.putArray("periods");
                for (Period per : n.periods().periods()) {
                    ObjectNode po = list.addObject();
                    po.put("id", per.id());
                    num(po, "weight", per.weight());
                }
                o.set("child", node(n.children().get(0)));
            }
        }
        return o;
    }

    private static ObjectNode method(ScoringMethod m) {
        ObjectNode o = SchemeReader.MAPPER.createObjectNode();
        o.put("type", m.name());
        if (m instanceof Proration p) {
            num(o, "points", p.points());
            o.put("direction", p.direction().name());
            o.put("zeroTarget", p.zeroTarget().name());
        } else if (m instanceof Deduction d) {
            num(o, "points", d.points());
            o.put("floorAtZero", d.floorAtZero());
        } else if (m instanceof Discretionary d) {
            num(o, "min", d.min());
            num(o, "max", d.max());
        } else if (m instanceof Survey s) {
            num(o, "points", s.points());
            ObjectNode scale = o.putObject("scale");
            s.scale().forEach((k, v) -> num(scale, k, v));
            o.put("minRespondents", s.minRespondents());
            o.put("belowMinimum", s.belowMinimum().name());
            strings(o, "satisfied", s.satisfied());
            num(o, "rateThreshold", s.rateThreshold());
        } else if (m instanceof TierContribution t) {
            o.put("mode", t.mode().name());
            ArrayNode tiers = o.putArray("tiers");
            for (Tier tier : t.tiers()) {
                ObjectNode to = tiers.addObject();
                to.put("grade", tier.grade());
                num(to, "from", tier.from());
                num(to, "low", tier.low());
                num(to, "high", tier.high());
            }
        }
        return o;
    }

    private static ObjectNode sheet(SheetSpec s) {
        ObjectNode o = SchemeReader.MAPPER.createObjectNode();
        o.put("itemMethod", s.itemMethod().name());
        o.put("floorAtZero", s.floorAtZero());
        o.put("direction", s.direction().name());
        o.put("zeroTarget", s.zeroTarget().name());
        num(o, "normaliseTo", s.normaliseTo());
        o.put("flagNormalised", s.flagNormalised());
        if (s.overfulfilment() != null) {
            ObjectNode of = o.putObject("overfulfilment");
            num(of, "thresholdShare", s.overfulfilment().thresholdShare());
            num(of, "bonus", s.overfulfilment().bonus());
            num(of, "itemCapShare", s.overfulfilment().itemCapShare());
            strings(of, "groups", s.overfulfilment().groups());
            put(of, "rule", s.overfulfilment().ruleId());
        }
        if (!s.assessorWeights().isEmpty()) {
            ObjectNode w = o.putObject("assessorWeights");
            s.assessorWeights().forEach((k, v) -> num(w, k, v));
        }
        return o;
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static void num(ObjectNode o, String field, BigDecimal value) {
        if (value != null) {
            o.put(field, Decimals.text(value));
        }
    }

    private static void strings(ObjectNode o, String field, List<String> values) {
        ArrayNode a = o.putArray(field);
        values.forEach(a::add);
    }

}
