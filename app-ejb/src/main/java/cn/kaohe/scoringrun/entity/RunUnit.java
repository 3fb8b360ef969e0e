package cn.kaohe.scoringrun.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One unit of a run: the canonical input snapshot (exactly what was scored, with its SHA-256) and, once scored,
 * scoring-core's result with the full explanation and the unit's standing in its tier.
 */
@Entity
@Table(name = "run_unit")
@NamedQuery(name = RunUnit.OF_RUN, query = "SELECT u FROM RunUnit u WHERE u.run = :run ORDER BY u.unitCode")
@NamedQuery(name = RunUnit.UNSCORED,
        query = "SELECT u.id FROM RunUnit u WHERE u.run.id = :run AND u.resultStatus IS NULL ORDER BY u.unitCode")
@NamedQuery(name = RunUnit.SCORED_COUNT,
        query = "SELECT COUNT(u) FROM RunUnit u WHERE u.run.id = :run AND u.resultStatus IS NOT NULL")
public class RunUnit {

    public static final String OF_RUN = "RunUnit.ofRun";
    public static final String UNSCORED = "RunUnit.unscored";
    public static final String SCORED_COUNT = "RunUnit.scoredCount";

    @Id
    @SequenceGenerator(name = "run_unit_seq", sequenceName = "run_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_unit_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    private ScoringRun run;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "category", nullable = false, length = 64)
    private String category;

    @Column(name = "input_json", nullable = false, length = 1_000_000)
    private String inputJson;

    @Column(name = "input_sha256", nullable = false, length = 64)
    private String inputSha256;

    @Column(name = "result_status", length = 16)
    private String resultStatus;

    @Column(name = "final_score", length = 40)
    private String finalScore;

    @Column(name = "grade", length = 32)
    private String grade;

    @Column(name = "honours_eligible")
    private Boolean honoursEligible;

    @Column(name = "explanation_json", length = 1_000_000)
    private String explanationJson;

    @Column(name = "rank_no")
    private Integer rank;

    @Column(name = "quota_status", length = 32)
    private String quotaStatus;

    @Column(name = "award", length = 32)
    private String award;

    @Column(name = "standing", length = 2000)
    private String standing;

    @Column(name = "scored_at")
    private LocalDateTime scoredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RunUnit() {
    }

    public RunUnit(ScoringRun run, String unitCode, String category, String inputJson, String inputSha256) {
        this.run = run;
        this.unitCode = unitCode;
        this.category = category;
        this.inputJson = inputJson;
        this.inputSha256 = inputSha256;
    }

    public void scored(String resultStatus, String finalScore, String grade, boolean honoursEligible,
            String explanationJson, LocalDateTime at) {
        this.resultStatus = resultStatus;
        this.finalScore = finalScore;
        this.grade = grade;
        this.honoursEligible = honoursEligible;
        this.explanationJson = explanationJson;
        this.scoredAt = at;
    }

    public void placed(Integer rank, String quotaStatus, String award, String standing) {
        this.rank = rank;
        this.quotaStatus = quotaStatus;
        this.award = award;
        this.standing = standing == null ? null : standing.substring(0, Math.min(standing.length(), 2000));
    }

    public Long getId() { return id; }
    public ScoringRun getRun() { return run; }
    public String getUnitCode() { return unitCode; }
    public String getCategory() { return category; }
    public String getInputJson() { return inputJson; }
    public String getInputSha256() { return inputSha256; }
    public String getResultStatus() { return resultStatus; }
    public String getFinalScore() { return finalScore; }
    public String getGrade() { return grade; }
    public Boolean getHonoursEligible() { return honoursEligible; }
    public String getExplanationJson() { return explanationJson; }
    public Integer getRank() { return rank; }
    public String getQuotaStatus() { return quotaStatus; }
    public String getAward() { return award; }
    public String getStanding() { return standing; }
    public LocalDateTime getScoredAt() { return scoredAt; }
}
