using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<Case> Cases => Set<Case>();
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.Origin).HasMaxLength(40);
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => x.DistrictCode);
    }
}
