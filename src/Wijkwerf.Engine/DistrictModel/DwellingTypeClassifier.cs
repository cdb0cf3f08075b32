using NetTopologySuite.Geometries;

namespace Wijkwerf.Engine.DistrictModel;

/// <summary>Dwelling type from the footprints themselves (shared walls between touching footprints) and the number of dwellings.</summary>
public static class DwellingTypeClassifier
{
    public static DwellingTypeResult[] Classify(IReadOnlyList<Geometry> footprints, IReadOnlyList<int> dwellings, DwellingTypeRules? rules = null) =>
        throw new NotImplementedException("district model engine: to be written");
}
