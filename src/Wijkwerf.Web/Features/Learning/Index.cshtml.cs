using Wijkwerf.Data.Knowledge.Cases;
using Wijkwerf.Data.Knowledge.Harvest;
using Wijkwerf.Web.Localization;

namespace Wijkwerf.Web.Features.Learning;

public sealed class LearningIndexModel(Language language, HarvestService harvest, PeerReviewService reviews) : LearningPage(language)
{
    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programmes = await harvest.ProgrammesAsync(ct);
        Cases = await reviews.CasesAsync(ct);
    }
}
