using Microsoft.AspNetCore.Identity;

namespace Wijkwerf.Data.Accounts;

/// <summary>A person with an account. Municipality staff belong to exactly one municipality: their tenant.</summary>
public sealed class WijkwerfUser : IdentityUser
{
    public int? MunicipalityId { get; set; }
    public string? DisplayName { get; set; }
}

/// <summary>The roles of DESIGN.md §1. Names are stored, so they never change.</summary>
public static class Roles
{
    public const string PlatformAdmin = "platform-admin";
    public const string MunicipalityStaff = "municipality-staff";
    public const string Expert = "expert";
    public const string Public = "public";

    public static readonly string[] All = [PlatformAdmin, MunicipalityStaff, Expert, Public];
}
