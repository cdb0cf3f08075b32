using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wijkwerf.Domain.Learning;

namespace Wijkwerf.Data.Storage;

/// <summary>The learning platform's tables: harvest sessions and work programmes, peer review of cases, the workbook.</summary>
public abstract partial class WijkwerfDb
{
    public DbSet<HarvestSession> HarvestSessions => Set<HarvestSession>();
    public DbSet<HarvestItem> HarvestItems => Set<HarvestItem>();
    public DbSet<WorkPoint> WorkPoints => Set<WorkPoint>();
    public DbSet<WorkProgramme> WorkProgrammes => Set<WorkProgramme>();
    public DbSet<ProgrammeQuestion> ProgrammeQuestions => Set<ProgrammeQuestion>();
    public DbSet<Breakthrough> Breakthroughs => Set<Breakthrough>();
    public DbSet<CaseMember> CaseMembers => Set<CaseMember>();
    public DbSet<GuidanceSession> GuidanceSessions => Set<GuidanceSession>();
    public DbSet<ReviewRound> ReviewRounds => Set<ReviewRound>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<WorkbookChapter> WorkbookChapters => Set<WorkbookChapter>();
    public DbSet<WorkbookSection> WorkbookSections => Set<WorkbookSection>();
    public DbSet<WorkbookRevision> WorkbookRevisions => Set<WorkbookRevision>();
    public DbSet<WorkbookEdition> WorkbookEditions => Set<WorkbookEdition>();
}

internal sealed class HarvestSessionConfiguration : IEntityTypeConfiguration<HarvestSession>
{
    public void Configure(EntityTypeBuilder<HarvestSession> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Ignore(x => x.IsOpen);
    }
}

internal sealed class HarvestItemConfiguration : IEntityTypeConfiguration<HarvestItem>
{
    public void Configure(EntityTypeBuilder<HarvestItem> e)
    {
        e.Property(x => x.Text).HasMaxLength(4000);
        e.Property(x => x.Language).HasMaxLength(5);
        e.Property(x => x.Werven).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Ignore(x => x.WervenList);
        e.HasOne<HarvestSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<WorkPoint>().WithMany().HasForeignKey(x => x.WorkPointId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkPointConfiguration : IEntityTypeConfiguration<WorkPoint>
{
    public void Configure(EntityTypeBuilder<WorkPoint> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Property(x => x.BindingTerms).HasMaxLength(500);
        e.HasOne<HarvestSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<WorkProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkProgrammeConfiguration : IEntityTypeConfiguration<WorkProgramme>
{
    public void Configure(EntityTypeBuilder<WorkProgramme> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.HasIndex(x => x.Number).IsUnique();
    }
}

internal sealed class ProgrammeQuestionConfiguration : IEntityTypeConfiguration<ProgrammeQuestion>
{
    public void Configure(EntityTypeBuilder<ProgrammeQuestion> e) =>
        e.HasOne<WorkProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class BreakthroughConfiguration : IEntityTypeConfiguration<Breakthrough>
{
    public void Configure(EntityTypeBuilder<Breakthrough> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Deliverable).HasMaxLength(500);
        e.HasOne<WorkPoint>().WithMany().HasForeignKey(x => x.WorkPointId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMember>
{
    public void Configure(EntityTypeBuilder<CaseMember> e)
    {
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.UserId }).IsUnique();
        e.Property(x => x.Role).HasMaxLength(40);
    }
}

internal sealed class GuidanceSessionConfiguration : IEntityTypeConfiguration<GuidanceSession>
{
    public void Configure(EntityTypeBuilder<GuidanceSession> e) =>
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Themes).HasMaxLength(500);
        e.Ignore(x => x.ThemeList);
    }
}

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> e)
    {
        e.HasOne<ReviewRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.RoundId, x.CaseId, x.ReviewerId }).IsUnique();
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> e)
    {
        e.HasOne<ReviewAssignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.AssignmentId).IsUnique();
        e.HasIndex(x => new { x.RoundId, x.CaseId });
    }
}

internal sealed class WorkbookChapterConfiguration : IEntityTypeConfiguration<WorkbookChapter>
{
    public void Configure(EntityTypeBuilder<WorkbookChapter> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.HasOne<WorkProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkbookSectionConfiguration : IEntityTypeConfiguration<WorkbookSection>
{
    public void Configure(EntityTypeBuilder<WorkbookSection> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.HasOne<WorkbookChapter>().WithMany().HasForeignKey(x => x.ChapterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkbookRevisionConfiguration : IEntityTypeConfiguration<WorkbookRevision>
{
    public void Configure(EntityTypeBuilder<WorkbookRevision> e)
    {
        e.HasOne<WorkbookSection>().WithMany().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.SectionId, x.Version }).IsUnique();
    }
}

internal sealed class WorkbookEditionConfiguration : IEntityTypeConfiguration<WorkbookEdition>
{
    public void Configure(EntityTypeBuilder<WorkbookEdition> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.HasIndex(x => x.Number).IsUnique();
    }
}

public abstract partial class WijkwerfDb
{
    public DbSet<Drempel> Drempels => Set<Drempel>();
    public DbSet<DrempelMark> DrempelMarks => Set<DrempelMark>();
    public DbSet<DrempelComment> DrempelComments => Set<DrempelComment>();
    public DbSet<ContentReport> ContentReports => Set<ContentReport>();
    public DbSet<DrempelAttachment> DrempelAttachments => Set<DrempelAttachment>();
}

internal sealed class DrempelConfiguration : IEntityTypeConfiguration<Drempel>
{
    public void Configure(EntityTypeBuilder<Drempel> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.TitleEn).HasMaxLength(300);
        e.Property(x => x.Werven).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasOne<WorkProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DrempelMarkConfiguration : IEntityTypeConfiguration<DrempelMark>
{
    public void Configure(EntityTypeBuilder<DrempelMark> e)
    {
        e.HasOne<Drempel>().WithMany().HasForeignKey(x => x.DrempelId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.DrempelId, x.MunicipalityId }).IsUnique();
    }
}

internal sealed class DrempelCommentConfiguration : IEntityTypeConfiguration<DrempelComment>
{
    public void Configure(EntityTypeBuilder<DrempelComment> e)
    {
        e.HasOne<Drempel>().WithMany().HasForeignKey(x => x.DrempelId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DrempelComment>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContentReportConfiguration : IEntityTypeConfiguration<ContentReport>
{
    public void Configure(EntityTypeBuilder<ContentReport> e)
    {
        e.Property(x => x.ContentKind).HasMaxLength(20);
        e.HasIndex(x => new { x.ContentKind, x.ContentId, x.ReporterId }).IsUnique();
    }
}

internal sealed class DrempelAttachmentConfiguration : IEntityTypeConfiguration<DrempelAttachment>
{
    public void Configure(EntityTypeBuilder<DrempelAttachment> e)
    {
        e.Property(x => x.FileName).HasMaxLength(255);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.HasOne<Drempel>().WithMany().HasForeignKey(x => x.DrempelId).OnDelete(DeleteBehavior.Cascade);
    }
}
