using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Domain.Operations;
using Wijkwerf.Domain.Places;

namespace Wijkwerf.Data.Storage;

public abstract partial class WijkwerfDb
{
    public DbSet<ForumEvent> ForumEvents => Set<ForumEvent>();
    public DbSet<ForumSession> ForumSessions => Set<ForumSession>();
    public DbSet<ForumRegistration> ForumRegistrations => Set<ForumRegistration>();
    public DbSet<SessionBooking> SessionBookings => Set<SessionBooking>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<CallCriterion> CallCriteria => Set<CallCriterion>();
    public DbSet<CallApplication> CallApplications => Set<CallApplication>();
    public DbSet<ApplicationAttachment> ApplicationAttachments => Set<ApplicationAttachment>();
    public DbSet<CallReviewer> CallReviewers => Set<CallReviewer>();
    public DbSet<CallReviewAssignment> CallReviewAssignments => Set<CallReviewAssignment>();
    public DbSet<ReviewScore> ReviewScores => Set<ReviewScore>();
    public DbSet<ResearchEntry> ResearchEntries => Set<ResearchEntry>();
    public DbSet<PracticeLab> PracticeLabs => Set<PracticeLab>();
    public DbSet<OutcomeIndicator> OutcomeIndicators => Set<OutcomeIndicator>();
    public DbSet<OutcomeMeasurement> OutcomeMeasurements => Set<OutcomeMeasurement>();
}

internal sealed class ForumEventConfiguration : IEntityTypeConfiguration<ForumEvent>
{
    public void Configure(EntityTypeBuilder<ForumEvent> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Property(x => x.Venue).HasMaxLength(300);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasMany(x => x.Sessions).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.StartsAtUtc);
    }
}

internal sealed class ForumSessionConfiguration : IEntityTypeConfiguration<ForumSession>
{
    public void Configure(EntityTypeBuilder<ForumSession> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Room).HasMaxLength(100);
        e.Property(x => x.Speakers).HasMaxLength(600);
        e.Property(x => x.Language).HasMaxLength(10);
        e.Property(x => x.Tags).HasMaxLength(200);
        e.HasIndex(x => new { x.EventId, x.StartsAtUtc });
    }
}

internal sealed class ForumRegistrationConfiguration : IEntityTypeConfiguration<ForumRegistration>
{
    public void Configure(EntityTypeBuilder<ForumRegistration> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(320);
        e.Property(x => x.Organisation).HasMaxLength(200);
        e.Property(x => x.Code).HasMaxLength(16);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        e.HasIndex(x => x.Code).IsUnique();
        // One registration per person per event: a second attempt is refused, never a duplicate.
        e.HasIndex(x => new { x.EventId, x.Email }).IsUnique();
        e.HasOne<ForumEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Bookings).WithOne().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionBookingConfiguration : IEntityTypeConfiguration<SessionBooking>
{
    public void Configure(EntityTypeBuilder<SessionBooking> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        e.HasIndex(x => new { x.RegistrationId, x.SessionId }).IsUnique();
        e.HasIndex(x => new { x.SessionId, x.Status, x.CreatedAtUtc });
        e.HasOne<ForumSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Property(x => x.EligibleCountry).HasMaxLength(2);
        e.Property(x => x.EligibleApplicantTypes).HasMaxLength(200);
        e.HasMany(x => x.Criteria).WithOne().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallCriterionConfiguration : IEntityTypeConfiguration<CallCriterion>
{
    public void Configure(EntityTypeBuilder<CallCriterion> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.NameEn).HasMaxLength(200);
    }
}

internal sealed class CallApplicationConfiguration : IEntityTypeConfiguration<CallApplication>
{
    public void Configure(EntityTypeBuilder<CallApplication> e)
    {
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.ApplicantType).HasMaxLength(40);
        e.Property(x => x.Organisation).HasMaxLength(200);
        e.Property(x => x.ContactName).HasMaxLength(200);
        e.Property(x => x.ContactEmail).HasMaxLength(320);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        e.HasOne<Call>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.SetNull);
        // One application per district per call.
        e.HasIndex(x => new { x.CallId, x.DistrictCode }).IsUnique();
        e.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationAttachmentConfiguration : IEntityTypeConfiguration<ApplicationAttachment>
{
    public void Configure(EntityTypeBuilder<ApplicationAttachment> e)
    {
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.ContentType).HasMaxLength(100);
    }
}

internal sealed class CallReviewerConfiguration : IEntityTypeConfiguration<CallReviewer>
{
    public void Configure(EntityTypeBuilder<CallReviewer> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(320);
        e.Property(x => x.Organisation).HasMaxLength(200);
        e.HasOne<Call>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CallId, x.Email }).IsUnique();
    }
}

internal sealed class CallReviewAssignmentConfiguration : IEntityTypeConfiguration<CallReviewAssignment>
{
    public void Configure(EntityTypeBuilder<CallReviewAssignment> e)
    {
        e.HasOne<CallApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CallReviewer>().WithMany().HasForeignKey(x => x.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ApplicationId, x.ReviewerId }).IsUnique();
    }
}

internal sealed class ReviewScoreConfiguration : IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<ReviewScore> e)
    {
        e.Property(x => x.Comment).HasMaxLength(2000);
        e.HasOne<CallApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<CallReviewer>().WithMany().HasForeignKey(x => x.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CallCriterion>().WithMany().HasForeignKey(x => x.CriterionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ApplicationId, x.ReviewerId, x.CriterionId }).IsUnique();
    }
}

internal sealed class ResearchEntryConfiguration : IEntityTypeConfiguration<ResearchEntry>
{
    public void Configure(EntityTypeBuilder<ResearchEntry> e)
    {
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Werf).HasMaxLength(20);
        e.Property(x => x.Programme).HasMaxLength(40);
        e.Property(x => x.Partners).HasMaxLength(600);
        e.Property(x => x.Author).HasMaxLength(200);
        e.Property(x => x.ValidatedBy).HasMaxLength(200);
        e.HasOne<PracticeLab>().WithMany().HasForeignKey(x => x.PracticeLabId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => x.DistrictCode);
        e.HasIndex(x => x.ValidatedAtUtc);
    }
}

internal sealed class PracticeLabConfiguration : IEntityTypeConfiguration<PracticeLab>
{
    public void Configure(EntityTypeBuilder<PracticeLab> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Place).HasMaxLength(200);
    }
}

internal sealed class OutcomeIndicatorConfiguration : IEntityTypeConfiguration<OutcomeIndicator>
{
    public void Configure(EntityTypeBuilder<OutcomeIndicator> e)
    {
        e.Property(x => x.Key).HasMaxLength(80);
        e.Property(x => x.Dimension).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.NameEn).HasMaxLength(200);
        e.Property(x => x.Unit).HasMaxLength(40);
        e.Property(x => x.Source).HasMaxLength(400);
        e.HasIndex(x => x.Key).IsUnique();
    }
}

internal sealed class OutcomeMeasurementConfiguration : IEntityTypeConfiguration<OutcomeMeasurement>
{
    public void Configure(EntityTypeBuilder<OutcomeMeasurement> e)
    {
        e.Property(x => x.DistrictCode).HasMaxLength(40);
        e.Property(x => x.Note).HasMaxLength(400);
        e.HasOne<OutcomeIndicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.DistrictCode, x.IndicatorId, x.MeasuredOn });
    }
}
