using System.Globalization;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Operations;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Web.Features.Operations;

/// <summary>Dates, times and numbers as the team's forms carry them: a <c>datetime-local</c> value is a Brussels
/// wall-clock time; a weight may be typed with a decimal comma or point. Unreadable input is refused naming the field;
/// every other rule is the services' own (the same as the JSON API's).</summary>
public static class FormValues
{
    public const string DateTimeFormat = "yyyy-MM-ddTHH:mm";

    public static string DateTimeValue(DateTime utc) => BrusselsTime.Format(utc, DateTimeFormat);

    /// <summary>The Brussels wall-clock time typed in a <c>datetime-local</c> field.</summary>
    public static DateTime Brussels(string? value, string what, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new BadInputException(what, null, field, "is required");
        if (DateTime.TryParseExact(value.Trim(), [DateTimeFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return t;
        throw new BadInputException(what, null, field, $"'{value}' is not a date and time (yyyy-mm-dd hh:mm)");
    }

    public static double? Number(string? value, string what, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)) return n;
        throw new BadInputException(what, null, field, $"'{value}' is not a number");
    }
}

/// <summary>The event form. Times are typed in Brussels time and stored in UTC.</summary>
public sealed class EventFields
{
    public string? Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Description { get; set; }
    public ForumEventKind Kind { get; set; }
    public string? Venue { get; set; }
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public int Capacity { get; set; } = 100;

    public static EventFields Of(EventDetail d) => new()
    {
        Title = d.Event.Title,
        TitleEn = d.Event.TitleEn,
        Description = d.Description,
        Kind = d.Event.Kind,
        Venue = d.Event.Venue,
        Starts = FormValues.DateTimeValue(d.Event.StartsAtUtc),
        Ends = FormValues.DateTimeValue(d.Event.EndsAtUtc),
        Capacity = d.Event.Capacity,
    };

    public NewEvent ToNewEvent(string what) => new(Title ?? "", Kind,
        BrusselsTime.ToUtc(FormValues.Brussels(Starts, what, "startsAt"), what, "startsAt"),
        BrusselsTime.ToUtc(FormValues.Brussels(Ends, what, "endsAt"), what, "endsAt"),
        Capacity, Venue, TitleEn, Description);
}

/// <summary>The session form (add when <see cref="SessionId"/> is null, else edit; not "Id", which the route's event
/// id would fill).</summary>
public sealed class SessionFields
{
    public int? SessionId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public string? Room { get; set; }
    public int Capacity { get; set; } = 30;
    public string? Speakers { get; set; }
    public string Language { get; set; } = "nl";
    public string? Tags { get; set; }

    public static SessionFields Of(SessionRow s) => new()
    {
        SessionId = s.Id,
        Title = s.Title,
        Description = s.Description,
        Starts = FormValues.DateTimeValue(s.StartsAtUtc),
        Ends = FormValues.DateTimeValue(s.EndsAtUtc),
        Room = s.Room,
        Capacity = s.Capacity,
        Speakers = s.Speakers,
        Language = s.Language,
        Tags = string.Join(",", s.Tags),
    };

    /// <summary>A new session starts, by default, when the event starts.</summary>
    public static SessionFields For(EventRow e) => new() { Starts = FormValues.DateTimeValue(e.StartsAtUtc), Ends = FormValues.DateTimeValue(e.StartsAtUtc.AddHours(1)) };

    public NewSession ToNewSession(string what) => new(Title ?? "",
        BrusselsTime.ToUtc(FormValues.Brussels(Starts, what, "startsAt"), what, "startsAt"),
        BrusselsTime.ToUtc(FormValues.Brussels(Ends, what, "endsAt"), what, "endsAt"),
        Room, Capacity, Speakers, Language, Tags, Description);
}

/// <summary>The call form: texts in Dutch and English, Brussels opening and closing, places, scale, weighted
/// criteria (rows left empty are left out) and eligibility.</summary>
public sealed class CallFields
{
    public string? Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Text { get; set; }
    public string? TextEn { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
    public int MaxPlaces { get; set; } = 12;
    public int ScaleMin { get; set; }
    public int ScaleMax { get; set; } = 10;
    public string? EligibleCountry { get; set; }
    public List<string> ApplicantTypes { get; set; } = ["municipality"];
    public int MinPartners { get; set; }
    public List<CriterionFields> Criteria { get; set; } = [];

    /// <summary>Rows the form always offers beyond the criteria already there.</summary>
    public const int SpareRows = 2;

    public static CallFields Of(CallRow c) => new()
    {
        Title = c.Title,
        TitleEn = c.TitleEn,
        Text = c.Text,
        TextEn = c.TextEn,
        Opens = FormValues.DateTimeValue(c.OpensAtUtc),
        Closes = FormValues.DateTimeValue(c.ClosesAtUtc),
        MaxPlaces = c.MaxPlaces,
        ScaleMin = c.ScaleMin,
        ScaleMax = c.ScaleMax,
        EligibleCountry = c.EligibleCountry,
        ApplicantTypes = c.EligibleApplicantTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        MinPartners = c.MinPartners,
        Criteria = c.Criteria.Select(k => new CriterionFields { Id = k.Id, Name = k.Name, NameEn = k.NameEn, Weight = k.Weight.ToString("0.##", CultureInfo.InvariantCulture) }).ToList(),
    };

    public IReadOnlyList<CriterionFields> Rows() => Criteria.Concat(Enumerable.Range(0, SpareRows).Select(_ => new CriterionFields())).ToList();

    public NewCall ToNewCall(string what)
    {
        var criteria = Criteria.Where(k => !string.IsNullOrWhiteSpace(k.Name) || !string.IsNullOrWhiteSpace(k.Weight))
            .Select((k, i) => new NewCriterion(k.Name ?? "", FormValues.Number(k.Weight, what, $"criteria[{i}].weight") ?? 0, k.NameEn, k.Id)).ToList();
        return new NewCall(Title ?? "", Text ?? "", FormValues.Brussels(Opens, what, "opens"), FormValues.Brussels(Closes, what, "closes"), MaxPlaces, criteria,
            ScaleMin, ScaleMax, EligibleCountry, string.Join(",", ApplicantTypes), MinPartners, TitleEn, TextEn);
    }
}

public sealed class CriterionFields
{
    public int? Id { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? Weight { get; set; }
}
