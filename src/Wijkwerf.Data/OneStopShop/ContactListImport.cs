using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ContactRowStatus>))]
public enum ContactRowStatus { Valid, UnknownAddress, DuplicateInFile, AlreadyFollowed, WrongColumn, Invalid }

/// <summary>One line of a contact list with what the import would do with it.</summary>
public sealed record ContactRowResult(int Line, string Postcode, string HouseNumber, ContactRowStatus Status, string? Problem, long? UnitId);

/// <summary>Preview (nothing stored) or commit (the valid rows stored) of a contact list.</summary>
public sealed record ContactListResult(string File, bool Committed, int Valid, int Rejected, int Stored, IReadOnlyList<ContactRowResult> Rows);

/// <summary>Bulk import of a contact list (CSV; columns <c>postcode;house_number;name;email;phone;tenure;advisor</c>,
/// the first two required). Two steps: <see cref="PreviewAsync"/> checks every row and stores nothing;
/// <see cref="CommitAsync"/> runs the same checks and stores only the valid rows, in one transaction. Every rejected row
/// is listed with its reason: unknown address, a duplicate in the file, an address already followed, a personal field
/// in the wrong column (an e-mail address as a name, a phone number as an e-mail ...), an unknown tenure.</summary>
public sealed partial class ContactListImport(WijkwerfDb db)
{
    public static readonly string[] Columns = ["postcode", "house_number", "name", "email", "phone", "tenure", "advisor"];

    public Task<ContactListResult> PreviewAsync(Staff staff, string path, CancellationToken ct = default) => RunAsync(staff, path, false, ct);

    public Task<ContactListResult> CommitAsync(Staff staff, string path, DateOnly date, CancellationToken ct = default) => RunAsync(staff, path, true, ct, date);

    private async Task<ContactListResult> RunAsync(Staff staff, string path, bool commit, CancellationToken ct, DateOnly date = default)
    {
        using var row = new CsvTable(path, "postcode", "house_number");

        var addresses = await Addresses.Of(db, staff.MunicipalityId).Where(a => a.Postcode != null)
            .Select(a => new { a.UnitId, a.Postcode, a.HouseNumber }).ToListAsync(ct);
        var byKey = addresses.GroupBy(a => Addresses.Key(a.Postcode, a.HouseNumber)).ToDictionary(g => g.Key, g => g.Select(a => a.UnitId).ToArray());
        var followed = (await db.Households.Where(h => h.MunicipalityId == staff.MunicipalityId && h.UnitId != null).Select(h => h.UnitId!.Value).ToListAsync(ct)).ToHashSet();

        var results = new List<ContactRowResult>();
        var details = new Dictionary<long, HouseholdChange>();
        var seen = new Dictionary<string, int>();
        while (row.Read())
        {
            var postcode = row.Text("postcode") ?? "";
            var number = row.Text("house_number") ?? "";
            var line = (int)row.Line;
            ContactRowResult Result(ContactRowStatus s, string? problem, long? unit = null) => new(line, postcode, number, s, problem, unit);
            var key = Addresses.Key(postcode, number);
            var name = row.Text("name");
            var email = row.Text("email");
            var phone = row.Text("phone");
            var tenureText = row.Text("tenure");
            if (WrongColumn(name, email, phone) is { } wrong) { results.Add(Result(ContactRowStatus.WrongColumn, wrong)); continue; }
            Tenure? tenure = null;
            if (tenureText is not null)
            {
                if (ParseTenure(tenureText) is { } t) tenure = t;
                else { results.Add(Result(ContactRowStatus.Invalid, $"field 'tenure': '{tenureText}' is not one of owner, social-rent, private-rent")); continue; }
            }
            if (postcode.Length == 0 || number.Length == 0) { results.Add(Result(ContactRowStatus.Invalid, "postcode and house_number are required")); continue; }
            if (seen.TryGetValue(key, out var first)) { results.Add(Result(ContactRowStatus.DuplicateInFile, $"same address as line {first}")); continue; }
            seen[key] = line;
            if (!byKey.TryGetValue(key, out var units)) { results.Add(Result(ContactRowStatus.UnknownAddress, $"no dwelling at {postcode} {number} in this municipality")); continue; }
            if (units.Length > 1) { results.Add(Result(ContactRowStatus.Invalid, $"{postcode} {number} matches {units.Length} dwellings; add the suffix to house_number")); continue; }
            if (followed.Contains(units[0])) { results.Add(Result(ContactRowStatus.AlreadyFollowed, "this address already has a household journey", units[0])); continue; }
            results.Add(Result(ContactRowStatus.Valid, null, units[0]));
            details[units[0]] = new HouseholdChange(name, email, phone, row.Text("advisor"), null, tenure);
        }

        var stored = 0;
        if (commit && details.Count > 0)
        {
            var unitIds = details.Keys.ToList();
            var rows = await Addresses.Of(db, staff.MunicipalityId).Where(a => unitIds.Contains(a.UnitId)).ToListAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var created = rows.Select(a => Households.New(staff, a, date, null, details[a.UnitId])).ToList();
            db.Households.AddRange(created);
            await db.SaveChangesAsync(ct);
            foreach (var h in created)
            {
                db.JourneyEvents.Add(new JourneyEvent { HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Stage = JourneyStage.FirstContact, Date = date, Advisor = h.Advisor, Note = "contact list " + Path.GetFileName(path) });
                AccessLog.Add(db, staff, h.Id, "create:import");
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            stored = created.Count;
        }
        var valid = results.Count(r => r.Status == ContactRowStatus.Valid);
        return new ContactListResult(Path.GetFileName(path), commit, valid, results.Count - valid, stored, results);
    }

    /// <summary>A personal field that does not look like what its column holds.</summary>
    internal static string? WrongColumn(string? name, string? email, string? phone)
    {
        if (name is not null && EmailPattern().IsMatch(name)) return "field 'name' holds an e-mail address; check the column order";
        if (name is not null && PhonePattern().IsMatch(name)) return "field 'name' holds a phone number; check the column order";
        if (email is not null && !EmailPattern().IsMatch(email))
            return PhonePattern().IsMatch(email) ? "field 'email' holds a phone number; check the column order" : $"field 'email': '{email}' is not an e-mail address";
        if (phone is not null && !PhonePattern().IsMatch(phone))
            return EmailPattern().IsMatch(phone) ? "field 'phone' holds an e-mail address; check the column order" : "field 'phone' is not a phone number";
        return null;
    }

    internal static Tenure? ParseTenure(string text) => text.Trim().ToLowerInvariant().Replace("_", "-") switch
    {
        "owner" or "owner-occupied" or "owneroccupied" or "koop" or "eigenaar" => Tenure.OwnerOccupied,
        "social-rent" or "socialrent" or "sociale huur" or "corporatie" => Tenure.SocialRent,
        "private-rent" or "privaterent" or "particuliere huur" or "huur" => Tenure.PrivateRent,
        _ => null,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{7,}$")]
    private static partial Regex PhonePattern();
}
