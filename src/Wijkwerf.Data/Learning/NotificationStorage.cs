using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Storage;

/// <summary>Follows, in-app notifications, digest choices and the digests sent; development teams of work points.</summary>
public abstract partial class WijkwerfDb
{
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();
    public DbSet<DevelopmentTeamMember> DevelopmentTeamMembers => Set<DevelopmentTeamMember>();
    public DbSet<ModerationDecision> ModerationDecisions => Set<ModerationDecision>();
}

internal sealed class ModerationDecisionConfiguration : IEntityTypeConfiguration<ModerationDecision>
{
    public void Configure(EntityTypeBuilder<ModerationDecision> e)
    {
        e.Property(x => x.ContentKind).HasMaxLength(20);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.HasIndex(x => new { x.ContentKind, x.ContentId });
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Target).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.TargetKey).HasMaxLength(40);
        e.HasIndex(x => new { x.UserId, x.Target, x.TargetKey }).IsUnique();
        e.HasIndex(x => new { x.Target, x.TargetKey });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Event).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Property(x => x.Url).HasMaxLength(300);
        e.Property(x => x.Reason).HasMaxLength(80);
        e.HasIndex(x => new { x.UserId, x.ReadAtUtc });
        e.HasIndex(x => new { x.UserId, x.DigestId });
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> e)
    {
        e.HasKey(x => x.UserId);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Language).HasMaxLength(5);
    }
}

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasIndex(x => new { x.UserId, x.Day }).IsUnique();
    }
}

internal sealed class DevelopmentTeamMemberConfiguration : IEntityTypeConfiguration<DevelopmentTeamMember>
{
    public void Configure(EntityTypeBuilder<DevelopmentTeamMember> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Kind).HasMaxLength(20);
        e.HasOne<WorkPoint>().WithMany().HasForeignKey(x => x.WorkPointId).OnDelete(DeleteBehavior.Cascade);
    }
}
