using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.OneStopShop;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<PoolMember> PoolMembers => Set<PoolMember>();
    public DbSet<PoolJob> PoolJobs => Set<PoolJob>();
    public DbSet<PoolRating> PoolRatings => Set<PoolRating>();
    public DbSet<ClimateTableSession> ClimateTableSessions => Set<ClimateTableSession>();
    public DbSet<ClimateTableInvitation> ClimateTableInvitations => Set<ClimateTableInvitation>();
}

internal sealed class PoolMemberConfiguration : IEntityTypeConfiguration<PoolMember>
{
    public void Configure(EntityTypeBuilder<PoolMember> e)
    {
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Email).HasMaxLength(200);
        e.Property(x => x.Phone).HasMaxLength(40);
        e.HasIndex(x => x.MunicipalityId);
    }
}

internal sealed class PoolJobConfiguration : IEntityTypeConfiguration<PoolJob>
{
    public void Configure(EntityTypeBuilder<PoolJob> e)
    {
        e.HasOne<PoolMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<RenovationProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.MunicipalityId, x.MemberId });
        e.HasIndex(x => x.HouseholdId);
        e.HasIndex(x => x.ProjectId);
    }
}

internal sealed class PoolRatingConfiguration : IEntityTypeConfiguration<PoolRating>
{
    public void Configure(EntityTypeBuilder<PoolRating> e)
    {
        e.HasOne<PoolJob>().WithMany().HasForeignKey(x => x.JobId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Criterion).HasMaxLength(40);
        // One score per criterion per job.
        e.HasIndex(x => new { x.JobId, x.Criterion }).IsUnique();
        e.HasIndex(x => x.MemberId);
    }
}

internal sealed class ClimateTableSessionConfiguration : IEntityTypeConfiguration<ClimateTableSession>
{
    public void Configure(EntityTypeBuilder<ClimateTableSession> e)
    {
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Place).HasMaxLength(300);
        e.Property(x => x.Topic).HasMaxLength(300);
        e.HasIndex(x => x.MunicipalityId);
    }
}

internal sealed class ClimateTableInvitationConfiguration : IEntityTypeConfiguration<ClimateTableInvitation>
{
    public void Configure(EntityTypeBuilder<ClimateTableInvitation> e)
    {
        e.HasOne<ClimateTableSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
        e.HasIndex(x => new { x.SessionId, x.UnitId }).IsUnique();
        e.HasIndex(x => x.HouseholdId);
    }
}
