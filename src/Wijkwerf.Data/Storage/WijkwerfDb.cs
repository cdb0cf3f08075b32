using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Energy;
using Wijkwerf.Domain.Lekp;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;
using Wijkwerf.Domain.Streets;

namespace Wijkwerf.Data.Storage;

/// <summary>The district model in the database. Use <see cref="WijkwerfDbFactory"/> to get the provider-specific
/// subclass (SQLite embedded, or PostgreSQL + PostGIS), each with its own migrations.
/// Each feature adds its tables in its own folder: a <c>partial</c> of this class with its DbSets, and
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes picked up from this assembly. Every <see cref="Geometry"/>
/// property, whatever feature declares it, is stored as WKB on SQLite and as PostGIS geometry(Geometry,4326).</summary>
public abstract partial class WijkwerfDb(DbContextOptions options) : IdentityDbContext<WijkwerfUser, IdentityRole, string>(options)
{
    public DbSet<ImportSource> Sources => Set<ImportSource>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<StreetSegment> StreetSegments => Set<StreetSegment>();
    public DbSet<LandUse> LandUses => Set<LandUse>();
    public DbSet<MeasuredEnergyUse> MeasuredEnergyUses => Set<MeasuredEnergyUse>();
    public DbSet<SectorDistrictLink> SectorDistrictLinks => Set<SectorDistrictLink>();
    public DbSet<Measure> Measures => Set<Measure>();

    /// <summary>True when geometry is stored as WKB blobs (SQLite) rather than native PostGIS geometry.</summary>
    protected abstract bool GeometryAsWkb { get; }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);

        b.Entity<ImportSource>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(400);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasIndex(x => new { x.Kind, x.Name }).IsUnique();
        });
        b.Entity<Municipality>(e =>
        {
            e.Property(x => x.Country).HasConversion<string>().HasMaxLength(2);
            e.Property(x => x.Code).HasMaxLength(20);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.SourceId);
            e.Property(x => x.PactVersion).HasMaxLength(8);
        });
        b.Entity<Measure>(e =>
        {
            // Werf and status as their names so the database reads like the CSV and the URL (one word per concept).
            e.Property(x => x.Werf).HasConversion(w => w.ToString().ToLowerInvariant(), s => Enum.Parse<Domain.Werven.Werf>(s, true)).HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Funding).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TargetKey).HasMaxLength(60);
            e.Property(x => x.Unit).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(400);
            e.Property(x => x.BudgetCode).HasMaxLength(60);
            e.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.DistrictCode).HasMaxLength(40);
            e.HasIndex(x => new { x.MunicipalityId, x.TargetKey });
            e.HasIndex(x => x.DistrictCode);
            e.HasIndex(x => x.SourceId);
        });
        b.Entity<District>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(40);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.SourceId);
            e.HasIndex(x => x.MunicipalityId);
            Extent(e);
        });
        b.Entity<Building>(e =>
        {
            e.Property(x => x.DwellingType).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.SourceId);
            e.HasIndex(x => x.DistrictId);
            e.HasIndex(x => new { x.ExternalId, x.SourceId });
            e.HasIndex(x => x.TileKey);
            Extent(e);
        });
        b.Entity<Unit>(e =>
        {
            e.HasIndex(x => x.SourceId);
            e.HasIndex(x => x.BuildingExternalId);
            e.HasIndex(x => x.BuildingId);
            e.HasIndex(x => x.StreetCode);
            e.HasIndex(x => x.TileKey);
            e.HasIndex(x => x.DistrictId);
        });
        b.Entity<StreetSegment>(e =>
        {
            e.HasIndex(x => x.SourceId);
            e.HasIndex(x => x.TileKey);
            e.HasIndex(x => x.DistrictId);
            Extent(e);
        });
        b.Entity<LandUse>(e =>
        {
            e.HasIndex(x => x.SourceId);
            Extent(e);
        });
        b.Entity<MeasuredEnergyUse>(e =>
        {
            e.HasIndex(x => x.SourceId);
            e.HasIndex(x => new { x.SectorCode, x.Year });
            e.HasIndex(x => x.DistrictId);
            e.HasIndex(x => x.MunicipalityId);
        });
        b.Entity<SectorDistrictLink>(e =>
        {
            e.HasIndex(x => x.SourceId);
            e.HasIndex(x => x.SectorCode);
        });

        b.ApplyConfigurationsFromAssembly(typeof(WijkwerfDb).Assembly);

    }

    protected override void ConfigureConventions(ModelConfigurationBuilder c)
    {
        base.ConfigureConventions(c);
        if (GeometryAsWkb)
            // SQLite has no geometry type here (the SpatiaLite plugin needs the system SQLite): store WKB.
            c.Properties<Geometry>().HaveConversion<WkbConverter>();
        else
            c.Properties<Geometry>().HaveColumnType("geometry(Geometry,4326)");
    }

    private sealed class WkbConverter() : ValueConverter<Geometry, byte[]>(
        g => new WKBWriter(ByteOrder.LittleEndian, handleSRID: false).Write(g),
        bytes => ReadWkb(bytes));

    private static Geometry ReadWkb(byte[] bytes)
    {
        var g = new WKBReader().Read(bytes);
        g.SRID = 4326;
        return g;
    }

    private static void Extent<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e) where T : class, IHasExtent
    {
        e.HasIndex(x => new { x.MinLon, x.MinLat });
    }
}

public sealed class SqliteWijkwerfDb(DbContextOptions<SqliteWijkwerfDb> options) : WijkwerfDb(options)
{
    protected override bool GeometryAsWkb => true;
}

public sealed class PostgresWijkwerfDb(DbContextOptions<PostgresWijkwerfDb> options) : WijkwerfDb(options)
{
    protected override bool GeometryAsWkb => false;

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasPostgresExtension("postgis");
        base.OnModelCreating(b);
    }
}
