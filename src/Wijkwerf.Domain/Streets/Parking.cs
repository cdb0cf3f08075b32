namespace Wijkwerf.Domain.Streets;

/// <summary>A parking count on a street (or one segment of it) in one time slot: cars counted against the legal spaces.
/// <see cref="Slot"/> is <c>night</c> (residents' demand) or <c>day</c>. <see cref="Lon"/>/<see cref="Lat"/>: the street's
/// middle in WGS84, where the neighbourhood-parking match measures walking distance from.</summary>
public sealed class ParkingCount
{
    public long Id { get; set; }
    public int? MunicipalityId { get; set; }
    public required string DistrictCode { get; set; }
    /// <summary>The street as named in the count; the segment's street name when the count names a segment.</summary>
    public required string Street { get; set; }
    public long? SegmentId { get; set; }
    public required string Slot { get; set; }
    public int CountedCars { get; set; }
    /// <summary>Legal street spaces; at least 1 (pressure is counted ÷ capacity).</summary>
    public int Capacity { get; set; }
    public DateOnly? CountedOn { get; set; }
    public double Lon { get; set; }
    public double Lat { get; set; }
    public required string Source { get; set; }
}

/// <summary>A point that matters for parking and shared mobility: a private car park that could take residents at night
/// (<c>car_park</c>, with its <see cref="Category"/> school, supermarket ...), a public transport <c>stop</c>, a
/// <c>shared_car</c> station, a <c>charging</c> station or an existing mobility <c>hub</c> (mobipunt / Hoppinpunt).
/// <see cref="Capacity"/>: spaces, shared cars or charging points; <see cref="FreeAtNight"/>: car park spaces free at night.</summary>
public sealed class MobilityPoint
{
    public long Id { get; set; }
    public int? MunicipalityId { get; set; }
    public required string DistrictCode { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public string? Category { get; set; }
    public double Lon { get; set; }
    public double Lat { get; set; }
    public int Capacity { get; set; }
    public int FreeAtNight { get; set; }
    public required string Source { get; set; }
}
