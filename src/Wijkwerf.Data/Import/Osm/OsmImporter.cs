using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using Wijkwerf.Data.Geo;
using Wijkwerf.Domain.Buildings;
using Wijkwerf.Domain.Places;
using Wijkwerf.Domain.Sources;
using Wijkwerf.Domain.Streets;
using Wijkwerf.Engine.DistrictModel;

namespace Wijkwerf.Data.Import.Osm;

/// <summary>Imports an OpenStreetMap extract (OSM XML or PBF): buildings with an address unit each, the street graph
/// (highways split at junctions) and land-use areas. See docs/osm-import.md for the tag rules.</summary>
/// <remarks>Nodes are kept in memory (id → lon/lat) to build ways; OSM files list nodes before ways, and a file that
/// does not is refused. Ways that reach outside a clipped extract keep their known part: a street keeps each run of
/// known nodes, a building or area with a missing node is left out (its outline would be wrong).</remarks>
public sealed class OsmImporter : IImporter
{
    private const int BatchSize = 5000;
    private const int ProgressEvery = 10_000;

    /// <summary><c>highway</c> values that are no street (yet, or any more) or are a point or an area.</summary>
    private static readonly HashSet<string> NotStreets =
        ["proposed", "construction", "platform", "bus_stop", "services", "rest_area", "abandoned", "razed", "elevator", "no"];

    private static readonly HashSet<string> GreenLeisure = ["park", "garden", "playground"];
    private static readonly HashSet<string> GreenNatural = ["wood", "scrub", "grassland", "water"];

    public SourceKind Kind => SourceKind.OpenStreetMap;

    public string Attribution => "© OpenStreetMap contributors (ODbL 1.0) https://www.openstreetmap.org/copyright";

    public async Task<int> ImportAsync(ImportContext context)
    {
        var db = context.Db;
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var run = new Run(context);
            return await run.ExecuteAsync();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private sealed class Run(ImportContext context)
    {
        private readonly GeometryFactory _wgs84 = new(new PrecisionModel(), Crs.Wgs84);
        private readonly Dictionary<long, (double Lon, double Lat)> _nodes = [];
        private readonly List<object> _pending = new(BatchSize);
        private BatchWriter? _writer;
        private readonly List<StreetWay> _streets = [];
        private readonly List<(double Lon, double Lat)[]> _streetLonLat = [];
        private GeometryProjector? _toMetric;
        private double _sumLon, _sumLat;
        private int _buildings, _landUses, _segments;
        private bool _seenWay;

        public async Task<int> ExecuteAsync()
        {
            long read = 0;
            var ct = context.Cancellation;
            foreach (var element in OsmReader.Read(context.Path, ct))
            {
                if (++read % ProgressEvery == 0) context.Report("reading", read);
                switch (element)
                {
                    case OsmNode n:
                        if (_seenWay) throw context.Bad($"node {n.Id}", null, "comes after the ways; sort the file (osmium sort) so that nodes come first");
                        _nodes[n.Id] = (n.Lon, n.Lat);
                        _sumLon += n.Lon;
                        _sumLat += n.Lat;
                        break;
                    case OsmWay w:
                        if (!_seenWay) StartWays();
                        _seenWay = true;
                        Way(w);
                        break;
                }
                if (_pending.Count >= BatchSize) await FlushAsync(ct);
            }
            context.Report("reading", read, read);
            if (_buildings == 0) throw context.Bad(null, "building", "contains no buildings (way with a building tag)");

            context.Report("streets", 0, _streets.Count);
            AddStreetSegments();
            context.Report("streets", _streets.Count, _streets.Count);
            await FlushAsync(ct);
            if (_writer is not null) await _writer.DisposeAsync();
            return _buildings + _segments + _landUses;
        }

        // The metric grid is chosen from the mean of all nodes (they all come before the first way).
        private void StartWays()
        {
            if (_nodes.Count == 0) throw context.Bad(null, null, "has ways but no nodes");
            var metric = Crs.MetricFor(_sumLon / _nodes.Count, _sumLat / _nodes.Count);
            _toMetric = Crs.Between(Crs.Wgs84, metric);
        }

        private GeometryProjector ToMetric => _toMetric!;

        private void Way(OsmWay way)
        {
            var tags = way.Tags;
            if (tags.Count == 0) return;
            if (tags.TryGetValue("building", out var use) && use != "no")
            {
                if (way.IsClosed) Building(way, use);
                return;
            }
            if (tags.TryGetValue("highway", out var highway))
            {
                if (!NotStreets.Contains(highway) && tags.GetValueOrDefault("area") != "yes") Street(way, highway);
                return;
            }
            if (way.IsClosed && LandUseKind(tags) is { } kind) LandUseArea(way, kind);
        }

        private static string? LandUseKind(IReadOnlyDictionary<string, string> tags)
        {
            if (tags.TryGetValue("landuse", out var landuse)) return "landuse=" + landuse;
            if (tags.TryGetValue("leisure", out var leisure) && GreenLeisure.Contains(leisure)) return "leisure=" + leisure;
            if (tags.TryGetValue("natural", out var natural) && GreenNatural.Contains(natural)) return "natural=" + natural;
            return null;
        }

        /// <summary>The closed way as a valid WGS84 polygon and its metric twin, or null when a node lies outside the
        /// file or the ring is degenerate.</summary>
        private (Geometry Wgs84, Geometry Metric)? Area(OsmWay way)
        {
            var ids = way.NodeIds;
            var ring = new Coordinate[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!_nodes.TryGetValue(ids[i], out var p)) return null;
                ring[i] = new Coordinate(p.Lon, p.Lat);
            }
            Geometry polygon;
            try
            {
                polygon = _wgs84.CreatePolygon(ring);
            }
            catch (ArgumentException)
            {
                return null; // fewer than four distinct points
            }
            if (!polygon.IsValid) polygon = GeometryFixer.Fix(polygon);
            if (polygon.IsEmpty || polygon.Dimension != Dimension.Surface) return null;
            polygon.SRID = Crs.Wgs84;
            return (polygon, ToMetric.Project(polygon));
        }

        private void Building(OsmWay way, string use)
        {
            if (Area(way) is not var (footprint, metric)) return;
            var tags = way.Tags;
            var levels = OsmBuildingEstimate.Integer(tags.GetValueOrDefault("building:levels"));
            var dwellings = OsmBuildingEstimate.Dwellings(use, tags, levels);
            var areaM2 = metric.Area;
            var street = tags.GetValueOrDefault("addr:street") ?? tags.GetValueOrDefault("addr:place");
            var number = tags.GetValueOrDefault("addr:housenumber");
            var address = street is null && number is null ? null : $"{street} {number}".Trim();
            var externalId = $"w{way.Id}";

            var building = new Building
            {
                SourceId = context.Source.Id,
                ExternalId = externalId,
                Footprint = footprint,
                FootprintAreaM2 = areaM2,
                BuildYear = OsmBuildingEstimate.Year(tags.GetValueOrDefault("start_date")),
                Use = use,
                Levels = levels,
                Dwellings = dwellings,
                Units = dwellings,
                FloorAreaM2 = areaM2 * (levels ?? (dwellings > 0 ? OsmBuildingEstimate.DefaultHomeLevels : OsmBuildingEstimate.DefaultOtherLevels)),
                Address = address,
            };
            _pending.Add(building.Located());
            _buildings++;

            if (address is null) return;
            _pending.Add(new Unit
            {
                SourceId = context.Source.Id,
                ExternalId = externalId,
                BuildingExternalId = externalId,
                Use = use,
                IsDwelling = dwellings > 0,
                Street = street,
                HouseNumber = number,
                Postcode = tags.GetValueOrDefault("addr:postcode"),
                City = tags.GetValueOrDefault("addr:city"),
                Lon = building.CentroidLon,
                Lat = building.CentroidLat,
            });
        }

        private void LandUseArea(OsmWay way, string kind)
        {
            if (Area(way) is not var (area, metric)) return;
            var landUse = new LandUse
            {
                SourceId = context.Source.Id,
                ExternalId = $"w{way.Id}",
                Kind = kind,
                Area = area,
                AreaM2 = metric.Area,
            };
            landUse.SetExtent(area);
            _pending.Add(landUse);
            _landUses++;
        }

        /// <summary>Keeps each run of known nodes as its own street way (a clipped extract cuts ways at its edge).</summary>
        private void Street(OsmWay way, string kind)
        {
            var name = way.Tags.GetValueOrDefault("name");
            var ids = way.NodeIds;
            var runIds = new List<long>(ids.Length);
            for (var i = 0; i <= ids.Length; i++)
            {
                var known = i < ids.Length && _nodes.ContainsKey(ids[i]);
                if (known)
                {
                    // A node repeated in place adds nothing; dropping it keeps vertices and node ids aligned with the edges.
                    if (runIds.Count == 0 || runIds[^1] != ids[i]) runIds.Add(ids[i]);
                    continue;
                }
                if (runIds.Count >= 2) AddStreetRun(way.Id, kind, name, runIds);
                runIds.Clear();
            }
        }

        private void AddStreetRun(long wayId, string kind, string? name, List<long> ids)
        {
            var nodeIds = ids.ToArray();
            var lonLat = new (double Lon, double Lat)[nodeIds.Length];
            var metric = new Coordinate[nodeIds.Length];
            for (var i = 0; i < nodeIds.Length; i++)
            {
                lonLat[i] = _nodes[nodeIds[i]];
                var (x, y) = ToMetric.Project(lonLat[i].Lon, lonLat[i].Lat);
                metric[i] = new Coordinate(x, y);
            }
            var street = new StreetWay(wayId, kind, name, nodeIds, metric);
            _streets.Add(street);
            _streetLonLat.Add(lonLat);
        }

        private void AddStreetSegments()
        {
            // Split sees all runs at once (junctions are nodes shared between ways) and returns the edges in input
            // order, each run's edges numbered from 0; every run has two distinct nodes, so gives at least one edge.
            var edges = StreetGraphBuilder.Split(_streets);
            var perWay = new Dictionary<long, int>();
            var streetIndex = -1;
            var vertex = 0;
            foreach (var edge in edges)
            {
                if (edge.Index == 0)
                {
                    streetIndex++;
                    vertex = 0;
                }
                var lonLat = _streetLonLat[streetIndex];
                var coordinates = new Coordinate[edge.Coordinates.Length];
                for (var i = 0; i < coordinates.Length; i++)
                    coordinates[i] = new Coordinate(lonLat[vertex + i].Lon, lonLat[vertex + i].Lat);
                vertex += coordinates.Length - 1;

                var k = perWay.GetValueOrDefault(edge.WayId);
                perWay[edge.WayId] = k + 1;
                var centreline = _wgs84.CreateLineString(coordinates);
                var segment = new StreetSegment
                {
                    SourceId = context.Source.Id,
                    ExternalId = $"w{edge.WayId}:{k}",
                    Name = edge.Name,
                    Kind = edge.Kind,
                    FromNode = edge.FromNode,
                    ToNode = edge.ToNode,
                    Centreline = centreline,
                    LengthM = edge.LengthM,
                };
                segment.SetExtent(centreline);
                _pending.Add(segment);
                _segments++;
            }
        }

        private async Task FlushAsync(CancellationToken ct)
        {
            if (_pending.Count == 0) return;
            _writer ??= new BatchWriter(context.Db);
            foreach (var row in _pending) await _writer.AddAsync(row, ct);
            context.Report("writing", _buildings + _segments + _landUses);
            _pending.Clear();
        }
    }
}
