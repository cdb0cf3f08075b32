using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>An address of the district model (a dwelling unit) as the one-stop shop sees it. Init properties, not a
/// positional record, so that EF Core can keep filtering a query after projecting into it.</summary>
public sealed record AddressRow
{
    public long UnitId { get; init; }
    public int DistrictId { get; init; }
    public required string DistrictCode { get; init; }
    public string? Street { get; init; }
    public string? StreetCode { get; init; }
    public string? HouseNumber { get; init; }
    public string? Postcode { get; init; }
    public string? City { get; init; }
    public long? BuildingId { get; init; }
    public DwellingType? DwellingType { get; init; }
    public int? BuildYear { get; init; }
    public double Lon { get; init; }
    public double Lat { get; init; }

    public string Label => $"{Street ?? Postcode} {HouseNumber}".Trim() + (Street is not null && Postcode is not null ? $", {Postcode}" : "");
}

/// <summary>Dwelling addresses of one municipality: the units with a dwelling function in its districts.</summary>
public static class Addresses
{
    public static IQueryable<AddressRow> Of(WijkwerfDb db, int municipalityId) =>
        from u in db.Units.AsNoTracking()
        join d in db.Districts on u.DistrictId equals d.Id
        join b in db.Buildings on u.BuildingId equals b.Id into bs
        from b in bs.DefaultIfEmpty()
        where d.MunicipalityId == municipalityId && u.IsDwelling
        select new AddressRow
        {
            UnitId = u.Id, DistrictId = d.Id, DistrictCode = d.Code, Street = u.Street, StreetCode = u.StreetCode, HouseNumber = u.HouseNumber,
            Postcode = u.Postcode, City = u.City, BuildingId = u.BuildingId, DwellingType = b == null ? null : b.DwellingType,
            BuildYear = b == null ? null : b.BuildYear, Lon = u.Lon, Lat = u.Lat,
        };

    /// <summary>Normalised key of a postcode and house number ("2592 hl", "323") → "2592HL 323".</summary>
    public static string Key(string? postcode, string? houseNumber) =>
        $"{new string((postcode ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant()} {(houseNumber ?? "").Trim().ToUpperInvariant().Replace(" ", "")}";
}
