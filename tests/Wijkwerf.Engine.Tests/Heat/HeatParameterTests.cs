using Wijkwerf.Engine.Heat;
using Wijkwerf.Engine.Heat.Parameters;

namespace Wijkwerf.Engine.Tests.Heat;

public class HeatParameterTests
{
    /// <summary>The shipped tables with one cell of one row replaced.</summary>
    private static Func<string, TextReader> WithCell(string table, string rowKey, string column, string value) => name =>
    {
        var text = HeatParameters.ReadEmbeddedTable(name);
        if (name != table) return new StringReader(text);
        var lines = text.Split('\n');
        var header = lines.First(l => l.Length > 0 && !l.StartsWith('#')).TrimEnd('\r').Split(';');
        var col = Array.IndexOf(header, column);
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].TrimEnd('\r').Split(';');
            if (cells[0] == rowKey) { cells[col] = value; lines[i] = string.Join(';', cells); }
        }
        return new StringReader(string.Join('\n', lines));
    };

    [Fact]
    public void The_shipped_tables_load_and_every_row_cites_a_source()
    {
        var p = HeatParameters.LoadDefault();
        p.Kentallen.DiscountRateNational.ShouldBe(0.0225);
        foreach (var table in HeatParameters.TableNames)
        {
            var lines = HeatParameters.ReadEmbeddedTable(table).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
            var source = Array.IndexOf(lines[0].Split(';'), "source");
            source.ShouldBeGreaterThanOrEqualTo(0, table);
            foreach (var line in lines.Skip(1)) line.Split(';')[source].Trim().Length.ShouldBeGreaterThan(10, $"{table}: {line}");
        }
    }

    [Fact]
    public void A_negative_heat_demand_is_refused_naming_table_row_and_column()
    {
        var error = Should.Throw<HeatParameterException>(() =>
            HeatParameters.Load(WithCell(HeatParameters.SpaceHeatTable, "E", "space_heat_kwh_per_m2", "-100")));
        error.Message.ShouldContain("space_heat_by_label.csv");
        error.Message.ShouldContain("'E (line");
        error.Message.ShouldContain("space_heat_kwh_per_m2");
        error.Message.ShouldContain("negative");
    }

    [Fact]
    public void A_missing_cost_is_refused_naming_the_row()
    {
        var error = Should.Throw<HeatParameterException>(() =>
            HeatParameters.Load(WithCell(HeatParameters.KentallenTable, "boiler_invest_eur_per_dwelling", "value", "")));
        error.Row.ShouldStartWith("boiler_invest_eur_per_dwelling");
        error.Column.ShouldBe("value");
        error.Message.ShouldContain("missing");
    }

    [Fact]
    public void A_label_distribution_that_does_not_sum_to_one_is_refused()
    {
        var error = Should.Throw<HeatParameterException>(() =>
            HeatParameters.Load(WithCell(HeatParameters.LabelDistributionTable, "Apartment", "G", "0.9")));
        error.Table.ShouldBe(HeatParameters.LabelDistributionTable);
        error.Row.ShouldStartWith("Apartment");
    }

    [Fact]
    public void A_zero_lifetime_is_refused_because_it_would_divide_by_zero() =>
        Should.Throw<HeatParameterException>(() => HeatParameters.Load(WithCell(HeatParameters.KentallenTable, "hp_lifetime_years", "value", "0")))
            .Row.ShouldStartWith("hp_lifetime_years");

    [Fact]
    public void Label_distributions_sum_to_one_for_every_type_and_period()
    {
        var p = HeatParameters.Default;
        foreach (var type in Enum.GetValues<Domain.Buildings.DwellingType>())
            foreach (var period in Enum.GetValues<BuildPeriod>())
                Enumerable.Range(0, HeatLabels.LabelCount).Sum(l => p.LabelShare(type, period, (EnergyLabel)l)).ShouldBe(1, 1e-9);
    }

    [Fact]
    public void Worse_labels_need_more_heat_per_m2()
    {
        var p = HeatParameters.Default;
        for (var l = 1; l < HeatLabels.LabelCount; l++)
            p.SpaceHeatKWhPerM2((EnergyLabel)l).ShouldBeGreaterThan(p.SpaceHeatKWhPerM2((EnergyLabel)(l - 1)));
    }
}
