using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Buildings;

namespace Wijkwerf.Data.OneStopShop;

/// <summary>An address of the district model (a dwelling unit) as the one-stop shop sees it.</summary>
public sealed record AddressRow(
    long UnitId, int DistrictId, string DistrictCode, string? Street, string? StreetCode, string? HouseNumber, string? Postcode,
    string? City, long? BuildingId, DwellingType? DwellingType, int? BuildYear, double Lon, double Lat)
{
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
        select new AddressRow(u.Id, d.Id, d.Code, u.Street, u.StreetCode, u.HouseNumber, u.Postcode, u.City,
            u.BuildingId, b == null ? null : b.DwellingType, b == null ? null : b.BuildYear, u.Lon, u.Lat);

    /// <summary>Normalised key of a postcode and house number ("2592 hl", "323") → "2592HL 323".</summary>
    public static string Key(string? postcode, string? houseNumber) =>
        $"{new string((postcode ?? "").Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant()} {(houseNumber ?? "").Trim().ToUpperInvariant().Replace(" ", "")}";
}
