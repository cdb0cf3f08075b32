using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<StreetWork> StreetWorks => Set<StreetWork>();
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
