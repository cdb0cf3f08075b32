using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Engine.Tests.OneStopShop;

/// <summary>Which stage may follow which, and a refused change as a code with the stages involved (no sentence: the
/// one-stop shop words it in Dutch or English).</summary>
public class JourneyRulesTests
{
    [Theory]
    [InlineData(JourneyStage.FirstContact, JourneyStage.Advice, true)]
    [InlineData(JourneyStage.Decision, JourneyStage.ContractorAssigned, true)]
    [InlineData(JourneyStage.Decision, JourneyStage.Financing, true)]
    [InlineData(JourneyStage.Financing, JourneyStage.HeatConnected, true)]
    [InlineData(JourneyStage.FirstContact, JourneyStage.Decision, false)]
    [InlineData(JourneyStage.Advice, JourneyStage.Works, false)]
    [InlineData(JourneyStage.ContractorAssigned, JourneyStage.Done, false)]
    [InlineData(JourneyStage.Works, JourneyStage.Advice, false)]
    [InlineData(JourneyStage.Done, JourneyStage.Done, false)]
    public void A_journey_moves_one_required_step_at_a_time(JourneyStage current, JourneyStage next, bool allowed) =>
        (JourneyRules.Check(current, next) is null).ShouldBe(allowed);

    [Fact]
    public void Skipping_names_the_required_steps_that_are_skipped_and_what_may_come_next()
    {
        var refusal = JourneyRules.Check(JourneyStage.FirstContact, JourneyStage.ContractorAssigned)!;
        refusal.Code.ShouldBe(JourneyRefusalCode.SkipsSteps);
        refusal.Current.ShouldBe(JourneyStage.FirstContact);
        refusal.Next.ShouldBe(JourneyStage.ContractorAssigned);
        refusal.Skipped.ShouldBe([JourneyStage.Advice, JourneyStage.Decision]);
        refusal.Allowed.ShouldBe([JourneyStage.Advice]);
    }

    [Theory]
    [InlineData(JourneyStage.Done, JourneyStage.Advice)]
    [InlineData(JourneyStage.HeatConnected, JourneyStage.Works)]
    [InlineData(JourneyStage.Done, JourneyStage.Done)]
    public void A_finished_journey_takes_no_further_stage(JourneyStage current, JourneyStage next)
    {
        var refusal = JourneyRules.Check(current, next)!;
        refusal.Code.ShouldBe(JourneyRefusalCode.Finished);
        refusal.Allowed.ShouldBeEmpty();
        refusal.Skipped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(JourneyStage.Works, JourneyStage.Advice)]
    [InlineData(JourneyStage.Decision, JourneyStage.Decision)]
    [InlineData(JourneyStage.ContractorAssigned, JourneyStage.FirstContact)]
    public void A_journey_does_not_move_back_to_a_stage_it_passed(JourneyStage current, JourneyStage next)
    {
        var refusal = JourneyRules.Check(current, next)!;
        refusal.Code.ShouldBe(JourneyRefusalCode.MovesBack);
        refusal.Allowed.ShouldBe(JourneyRules.Allowed(current));
    }

    [Fact]
    public void A_contractor_job_cannot_turn_into_a_heat_connection()
    {
        var refusal = JourneyRules.Check(JourneyStage.ContractorAssigned, JourneyStage.HeatConnected)!;
        refusal.Code.ShouldBe(JourneyRefusalCode.NotAllowed);
        refusal.Skipped.ShouldBeEmpty();
        refusal.Allowed.ShouldBe([JourneyStage.Works]);
    }

    [Fact]
    public void Financing_cannot_come_after_the_works_started() =>
        JourneyRules.Check(JourneyStage.Works, JourneyStage.Financing)!.Code.ShouldBe(JourneyRefusalCode.NotAllowed);
}
