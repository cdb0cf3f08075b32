using Wijkwerf.Domain.Buildings;
using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Demand;

namespace Wijkwerf.Bench;

/// <summary>
/// A deterministic synthetic building stock shaped roughly like the Dutch one (shares are rounded CBS figures: ~33 % apartment
/// buildings' dwellings, ~40 % terraced, ~10 % non-residential buildings, ~55 % of labels registered, 1 % without build year),
/// cut into districts of <see cref="DistrictSize"/> buildings with 8–25 m of street per building.
/// </summary>
public sealed class SyntheticStock
{
    public const int DistrictSize = 1_000;
    public HeatBuildingInput[] Buildings { get; }
    public Tenure[] Tenure { get; }
    public double[] StreetLengthM { get; }

    public SyntheticStock(int count, int seed = 42)
    {
        var random = new Random(seed);
        Buildings = new HeatBuildingInput[count];
        Tenure = new Tenure[count];
        for (var i = 0; i < count; i++)
        {
            int? year = random.NextDouble() < 0.01 ? null : 1900 + random.Next(125);
            EnergyLabel? label = random.NextDouble() < 0.55 ? (EnergyLabel)random.Next(4, 11) : null;
            var u = random.NextDouble();
            Buildings[i] = u switch
            {
                < 0.10 => new HeatBuildingInput(null, year, null, 200 + random.Next(5_000), 0, (NonResidentialUse)random.Next(9)),
                < 0.22 => new HeatBuildingInput(DwellingType.Detached, year, label, 110 + random.Next(120), 1),
                < 0.38 => new HeatBuildingInput(DwellingType.SemiDetached, year, label, 100 + random.Next(80), 1),
                < 0.52 => new HeatBuildingInput(DwellingType.TerracedEnd, year, label, 90 + random.Next(60), 1),
                < 0.85 => new HeatBuildingInput(DwellingType.TerracedMiddle, year, label, 80 + random.Next(60), 1),
                _ => new HeatBuildingInput(DwellingType.Apartment, year, label, 0, 2 + random.Next(40)),
            };
            if (Buildings[i].DwellingType == DwellingType.Apartment)
                Buildings[i].FloorAreaM2 = Buildings[i].Dwellings * (50 + random.Next(50));
            Tenure[i] = (Tenure)(random.NextDouble() switch { < 0.57 => 0, < 0.86 => 1, _ => 2 });
        }
        var districts = (count + DistrictSize - 1) / DistrictSize;
        StreetLengthM = new double[districts];
        for (var d = 0; d < districts; d++)
        {
            var size = Math.Min(DistrictSize, count - d * DistrictSize);
            StreetLengthM[d] = size * (8 + random.NextDouble() * 17);
        }
    }
}
