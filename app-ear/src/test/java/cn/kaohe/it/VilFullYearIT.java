package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole VIL year through the REST API, as the people who do it (RULES.md §3 VIL, §13 "Workflow"): the office opens
 * a period on the shipped VIL scheme for 18 villages and 3 communities (VIL-01), every unit reports with evidence and a
 * bonus claim, the assessor records inspection findings and scores (one unit is returned and resubmits), the office
 * reviews, a leader approves (and may not approve a unit they submitted), publicity with an objection that holds
 * publication until it is answered, publication by the timer; then the ranking (VIL-29 top 5 villages, first
 * community; VIL-30 grades) checked against scoring-core's engine fed the same inputs in this test, the run reproduced,
 * rectification (one notice closed, one overdue feeding VIL-24 in a re-run) and what a village reporter may see before
 * and after publication. The scenario's steps are in {@link VilYear}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class VilFullYearIT {

    @Deployment(name = "kaohe", testable = false, order = 1)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Test-only: runs the workflow timer's job at a chosen instant (publication). */
    @Deployment(name = "clock", testable = false, order = 2)
    static WebArchive clock() {
        return ShrinkWrap.create(WebArchive.class, "kaohe-it-vil-clock.war").addClass(ClockServlet.class)
                .addAsManifestResource(new StringAsset("Dependencies: deployment.kaohe.ear.app-ejb.jar\n"),
                        "MANIFEST.MF");
    }

    @ArquillianResource
    @OperateOnDeployment("kaohe")
    private URL base;

    @ArquillianResource
    @OperateOnDeployment("clock")
    private URL clockBase;

    @Test
    void aVillageYearFromReportingToPublishedRankingRectificationAndVisibility() throws Exception {
        VilYear year = VilYear.open(base, this::timer);

        year.everyUnitReportsWithEvidenceAndABonusClaimAndSubmits();
        year.theAssessorRecordsInspectionFindingsReturnsOneUnitAndScoresEveryUnit();
        year.theReturnedUnitsHistoryShowsTheReasonAndTheResubmission();
        year.oneNoticeIsAnsweredAndClosed();

        long run = year.theOfficeScoresThePeriodAndTheRunReproduces();
        year.aReporterSeesNothingBeforeApproval(run);
        year.theOfficeReviewsAndALeaderApprovesButNotTheirOwnSubmission();
        year.aReporterSeesTheirOwnResultOnceApprovedButNoOtherUnit(run);

        year.publicityShowsEveryResultAndAnOpenObjectionHoldsPublication(run);
        year.theAnsweredObjectionLetsPublicationGoThrough();
        year.theRankingIsScoringCoresOnTheSameInputs(run);
        year.aPublishedUnitsReporterFetchesTheirOwnNoticeOnly(run);

        year.anOverdueNoticeIsInTheLedgerAndDoublesTheDeductionInARerun(run);
    }

    /** Runs the timer job at {@code at}: {reminders made, units published, units waiting for answers}. */
    private int[] timer(Instant at) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Http.withSlash(clockBase) + "clock?at=" + at)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String[] parts = response.body().strip().split(" ");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }
}
