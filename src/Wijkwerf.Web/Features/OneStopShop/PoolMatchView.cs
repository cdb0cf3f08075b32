using Wijkwerf.Data.OneStopShop;
using Wijkwerf.Engine.OneStopShop;

namespace Wijkwerf.Web.Features.OneStopShop;

/// <summary>What the pool-matching part of the household and project pages shows: the jobs held, the qualifications
/// asked, and the ranked and left-out members.</summary>
public sealed record PoolMatchView(PoolMatchResult? Match, IReadOnlyList<string> Needed, IReadOnlyList<PoolJobRow> Jobs, string JobsCaption);
