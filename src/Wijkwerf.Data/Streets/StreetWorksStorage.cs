using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<StreetWork> StreetWorks => Set<StreetWork>();
    public DbSet<ParkingCount> ParkingCounts => Set<ParkingCount>();
    public DbSet<MobilityPoint> MobilityPoints => Set<MobilityPoint>();
}

internal sealed class ParkingCountConfiguration : IEntityTypeConfiguration<ParkingCount>
{
    public void Configure(EntityTypeBuilder<ParkingCount> e)
    {
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.Street).HasMaxLength(200);
        e.Property(x => x.Slot).HasMaxLength(10);
        e.Property(x => x.Source).HasMaxLength(300);
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.DistrictCode, x.Slot });
    }
}

internal sealed class MobilityPointConfiguration : IEntityTypeConfiguration<MobilityPoint>
{
    public void Configure(EntityTypeBuilder<MobilityPoint> e)
    {
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.Kind).HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Category).HasMaxLength(40);
        e.Property(x => x.Source).HasMaxLength(300);
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.DistrictCode, x.Kind });
    }
}

internal sealed class StreetWorkConfiguration : IEntityTypeConfiguration<StreetWork>
{
    public void Configure(EntityTypeBuilder<StreetWork> e)
    {
        e.Property(x => x.Reference).HasMaxLength(80);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Owner).HasMaxLength(120);
        e.Property(x => x.Kind).HasMaxLength(20);
        e.Property(x => x.Surface).HasMaxLength(20);
        e.Property(x => x.Status).HasMaxLength(20);
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.StreetName).HasMaxLength(200);
        e.Property(x => x.Source).HasMaxLength(300);
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.MunicipalityId, x.Reference }).IsUnique();
        e.HasIndex(x => x.DistrictCode);
    }
}
