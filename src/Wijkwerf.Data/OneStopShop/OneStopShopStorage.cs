using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<Household> Households => Set<Household>();
    public DbSet<JourneyEvent> JourneyEvents => Set<JourneyEvent>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignContact> CampaignContacts => Set<CampaignContact>();
    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();
    public DbSet<RenovationProject> RenovationProjects => Set<RenovationProject>();
    public DbSet<RenovationProjectUnit> RenovationProjectUnits => Set<RenovationProjectUnit>();
    public DbSet<DistrictVulnerability> DistrictVulnerabilities => Set<DistrictVulnerability>();
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> e)
    {
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Tenure).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.DwellingType).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.BuildYearClass).HasMaxLength(20);
        e.Property(x => x.StreetCode).HasMaxLength(40);
        e.Property(x => x.ContactName).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(200);
        e.Property(x => x.Phone).HasMaxLength(40);
        e.Property(x => x.Advisor).HasMaxLength(200);
        e.Property(x => x.ResidentUserId).HasMaxLength(450);
        // One live household per address and tenant; erased households have no address.
        e.HasIndex(x => new { x.MunicipalityId, x.UnitId }).IsUnique();
        e.HasIndex(x => x.ResidentUserId);
        e.HasIndex(x => x.DistrictId);
    }
}

internal sealed class JourneyEventConfiguration : IEntityTypeConfiguration<JourneyEvent>
{
    public void Configure(EntityTypeBuilder<JourneyEvent> e)
    {
        e.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Advisor).HasMaxLength(200);
        e.Property(x => x.Document).HasMaxLength(400);
        e.HasIndex(x => new { x.MunicipalityId, x.HouseholdId });
        e.HasIndex(x => x.CampaignId);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> e)
    {
        e.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(x => new { x.HouseholdId, x.Purpose });
    }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> e)
    {
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.HasIndex(x => x.MunicipalityId);
    }
}

internal sealed class CampaignContactConfiguration : IEntityTypeConfiguration<CampaignContact>
{
    public void Configure(EntityTypeBuilder<CampaignContact> e)
    {
        e.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CampaignId, x.HouseholdId }).IsUnique();
        e.HasIndex(x => x.HouseholdId);
    }
}

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Action).HasMaxLength(60);
        e.HasIndex(x => new { x.MunicipalityId, x.AtUtc });
        e.HasIndex(x => x.HouseholdId);
    }
}

internal sealed class RenovationProjectConfiguration : IEntityTypeConfiguration<RenovationProject>
{
    public void Configure(EntityTypeBuilder<RenovationProject> e)
    {
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.DwellingType).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.BuildYearClass).HasMaxLength(20);
        e.Property(x => x.StreetCode).HasMaxLength(40);
        e.HasIndex(x => x.MunicipalityId);
    }
}

internal sealed class RenovationProjectUnitConfiguration : IEntityTypeConfiguration<RenovationProjectUnit>
{
    public void Configure(EntityTypeBuilder<RenovationProjectUnit> e)
    {
        e.HasOne<RenovationProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // An address is in at most one collective project.
        e.HasIndex(x => x.UnitId).IsUnique();
        e.HasIndex(x => x.ProjectId);
    }
}

internal sealed class DistrictVulnerabilityConfiguration : IEntityTypeConfiguration<DistrictVulnerability>
{
    public void Configure(EntityTypeBuilder<DistrictVulnerability> e)
    {
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.DistrictId).IsUnique();
    }
}
