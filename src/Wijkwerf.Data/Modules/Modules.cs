using Wijkwerf.Data.Storage;

namespace Wijkwerf.Data.Modules;

/// <summary>A module's demo content (the real platform content from the seeds: programmes, cases, a forum ...),
/// loaded after the pilot districts. Must be idempotent: it runs on every start and adds only what is missing.
/// Register implementations with <c>services.AddSingleton&lt;IDemoSeed, X&gt;()</c> in the module's
/// <c>Add&lt;Feature&gt;()</c>; <see cref="Order"/> decides who runs first (cases before peer review, ...).</summary>
public interface IDemoSeed
{
    string Module { get; }
    int Order => 100;
    Task SeedAsync(WijkwerfDb db, CancellationToken ct);
}

/// <summary>A module that holds personal data answers for it (GDPR articles 15 and 17): what it holds about one
/// person, and erasing it (keeping anonymous statistics). Register with <c>services.AddScoped&lt;IPersonalData, X&gt;()</c>;
/// the account page and the one-stop shop export and erase through every registered module.</summary>
public interface IPersonalData
{
    string Module { get; }
    /// <summary>Everything this module holds about the user, as a JSON-serialisable object (null when nothing).</summary>
    Task<object?> ExportAsync(string userId, CancellationToken ct);
    /// <summary>Removes or anonymises the user's personal data; returns how many records changed.</summary>
    Task<int> EraseAsync(string userId, CancellationToken ct);
}
