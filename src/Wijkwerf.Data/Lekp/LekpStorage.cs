using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<MunicipalityPlanSettings> PlanSettings => Set<MunicipalityPlanSettings>();
    public DbSet<DistrictPopulation> DistrictPopulations => Set<DistrictPopulation>();
}

internal sealed class PlanSettingsConfiguration : IEntityTypeConfiguration<MunicipalityPlanSettings>
{
    public void Configure(EntityTypeBuilder<MunicipalityPlanSettings> e)
    {
        e.HasKey(x => x.MunicipalityId);
        e.Property(x => x.Outline).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Municipality>().WithOne().HasForeignKey<MunicipalityPlanSettings>(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DistrictPopulationConfiguration : IEntityTypeConfiguration<DistrictPopulation>
{
    public void Configure(EntityTypeBuilder<DistrictPopulation> e)
    {
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.Source).HasMaxLength(300);
        e.HasIndex(x => x.DistrictCode).IsUnique();
    }
}
