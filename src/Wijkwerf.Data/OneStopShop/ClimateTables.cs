using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.OneStopShop;

namespace Wijkwerf.Data.OneStopShop;

public sealed record ClimateTableRow(long Id, DateOnly Date, string Place, string Topic, string? DistrictCode, long CampaignId, int Invited, int Attended);

public sealed record ClimateTableGuest(long InvitationId, long? UnitId, string Address, bool Invited, bool Attended, long? HouseholdId,
    ClimateTableOutcome? Outcome, JourneyStage? Stage);

public sealed record ClimateTableDetail(ClimateTableRow Session, IReadOnlyList<ClimateTableGuest> Guests);

/// <summary>One attendee's record: attended or not, and the outcome.</summary>
public sealed record Attendance(long UnitId, bool Attended, ClimateTableOutcome? Outcome = null);

/// <summary>The invitations of one address line that could not be used, with why.</summary>
public sealed record InvitationProblem(int Line, string Text, string Problem);

public sealed record InvitationResult(int Added, IReadOnlyList<InvitationProblem> Problems);

/// <summary>Climate tables (klimaattafels): sessions with invited addresses, attendance and outcomes. Attending opens the
/// household's journey (first contact credited to the session's campaign) or, for a household already followed, adds
/// an event to its history; the outcome <see cref="ClimateTableOutcome.AdviceRequested"/> moves a journey at first
/// contact to advice. Scoped to the staff member's municipality.</summary>
public sealed class ClimateTables(WijkwerfDb db)
{
    /// <summary>A session, with its campaign of kind <see cref="CampaignKind.ClimateTable"/>.</summary>
    public async Task<ClimateTableRow> CreateAsync(Staff staff, DateOnly date, string place, string topic, string? districtCode, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(place)) throw new OneStopShopException("place: a climate table needs a place");
        if (string.IsNullOrWhiteSpace(topic)) throw new OneStopShopException("topic: a climate table needs a topic");
        int? districtId = null;
        if (!string.IsNullOrWhiteSpace(districtCode))
            districtId = await db.Districts.Where(d => d.Code == districtCode && d.MunicipalityId == staff.MunicipalityId).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
                         ?? throw new OneStopShopException($"district: '{districtCode}' is not in this municipality");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var campaign = await new Campaigns(db).CreateAsync(staff, CampaignKind.ClimateTable, $"Klimaattafel: {topic.Trim()}", date,
            string.IsNullOrWhiteSpace(districtCode) ? null : districtCode, ct);
        var s = new ClimateTableSession { MunicipalityId = staff.MunicipalityId, Date = date, Place = place.Trim(), Topic = topic.Trim(), DistrictId = districtId, CampaignId = campaign.Id };
        db.ClimateTableSessions.Add(s);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await ListAsync(staff, ct)).Single(x => x.Id == s.Id);
    }

    public async Task<IReadOnlyList<ClimateTableRow>> ListAsync(Staff staff, CancellationToken ct = default)
    {
        var counts = await db.ClimateTableInvitations.AsNoTracking().Where(i => i.MunicipalityId == staff.MunicipalityId)
            .GroupBy(i => i.SessionId).Select(g => new { g.Key, Invited = g.Count(i => i.Invited), Attended = g.Count(i => i.Attended) })
            .ToDictionaryAsync(x => x.Key, ct);
        var rows = await (from s in db.ClimateTableSessions.AsNoTracking()
                          join d in db.Districts on s.DistrictId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          where s.MunicipalityId == staff.MunicipalityId
                          orderby s.Date, s.Id
                          select new { s, Code = d == null ? null : d.Code }).ToListAsync(ct);
        return rows.Select(x => new ClimateTableRow(x.s.Id, x.s.Date, x.s.Place, x.s.Topic, x.Code, x.s.CampaignId,
            counts.TryGetValue(x.s.Id, out var c) ? c.Invited : 0, counts.TryGetValue(x.s.Id, out c) ? c.Attended : 0)).ToList();
    }

    public async Task<ClimateTableDetail> DetailAsync(Staff staff, long sessionId, CancellationToken ct = default)
    {
        var session = (await ListAsync(staff, ct)).FirstOrDefault(s => s.Id == sessionId)
                      ?? throw new NotInMunicipalityException($"no climate table {sessionId} in this municipality");
        var guests = await (from i in db.ClimateTableInvitations.AsNoTracking()
                            join h in db.Households on i.HouseholdId equals h.Id into hs
                            from h in hs.DefaultIfEmpty()
                            where i.SessionId == sessionId && i.MunicipalityId == staff.MunicipalityId
                            orderby i.Id
                            select new { i, Stage = h == null ? (JourneyStage?)null : h.Stage }).ToListAsync(ct);
        var unitIds = guests.Where(g => g.i.UnitId != null).Select(g => g.i.UnitId!.Value).ToList();
        var labels = (await Addresses.Of(db, staff.MunicipalityId).Where(a => unitIds.Contains(a.UnitId)).ToListAsync(ct)).ToDictionary(a => a.UnitId, a => a.Label);
        AccessLog.Add(db, staff, null, $"climate-table:{sessionId}:read");
        await db.SaveChangesAsync(ct);
        return new ClimateTableDetail(session, guests.Select(g => new ClimateTableGuest(g.i.Id, g.i.UnitId,
            g.i.UnitId is { } u && labels.TryGetValue(u, out var l) ? l : "(erased)", g.i.Invited, g.i.Attended, g.i.HouseholdId, g.i.Outcome, g.Stage)).ToList());
    }

    /// <summary>Invites dwelling addresses of the municipality; an address already invited is skipped.</summary>
    public async Task<int> InviteAsync(Staff staff, long sessionId, IReadOnlyCollection<long> unitIds, CancellationToken ct = default)
    {
        var session = await FindAsync(staff, sessionId, ct);
        var ids = unitIds.Distinct().ToList();
        var valid = await Addresses.Of(db, staff.MunicipalityId).Where(a => ids.Contains(a.UnitId)).Select(a => a.UnitId).ToListAsync(ct);
        var unknown = ids.Except(valid).ToList();
        if (unknown.Count > 0) throw new OneStopShopException($"unitIds: address(es) {string.Join(", ", unknown.Take(5))} are not dwellings of this municipality");
        var known = await db.ClimateTableInvitations.Where(i => i.SessionId == session.Id && i.UnitId != null).Select(i => i.UnitId!.Value).ToHashSetAsync(ct);
        var added = 0;
        foreach (var id in ids.Where(known.Add))
        {
            db.ClimateTableInvitations.Add(new ClimateTableInvitation { SessionId = session.Id, MunicipalityId = staff.MunicipalityId, UnitId = id });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Invites addresses given as lines of "postcode house number" (e.g. <c>2271 AB 12</c>, <c>2271AB;12A</c>).
    /// Lines that match no dwelling, or several, are reported by line number and nothing of them is stored.</summary>
    public async Task<InvitationResult> InviteByAddressAsync(Staff staff, long sessionId, string lines, CancellationToken ct = default)
    {
        await FindAsync(staff, sessionId, ct);
        var problems = new List<InvitationProblem>();
        var wanted = new List<(int Line, string Text, string Postcode, string Key)>();
        var split = lines.Split('\n');
        for (var i = 0; i < split.Length; i++)
        {
            var text = split[i].Trim();
            if (text.Length == 0) continue;
            var m = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4})\s*([A-Za-z]{2})[\s;,]+(\S.*)$");
            if (!m.Success)
            {
                problems.Add(new InvitationProblem(i + 1, text, "not 'postcode house number' (e.g. 2271 AB 12)"));
                continue;
            }
            var pc = (m.Groups[1].Value + m.Groups[2].Value).ToUpperInvariant();
            wanted.Add((i + 1, text, pc, Addresses.Key(pc, m.Groups[3].Value)));
        }
        var postcodes = wanted.Select(w => w.Postcode).Distinct().ToList();
        var candidates = (await Addresses.Of(db, staff.MunicipalityId).Where(a => a.Postcode != null && postcodes.Contains(a.Postcode))
            .Select(a => new { a.UnitId, a.Postcode, a.HouseNumber }).ToListAsync(ct)).ToLookup(a => Addresses.Key(a.Postcode, a.HouseNumber), a => a.UnitId);
        var units = new List<long>();
        foreach (var w in wanted)
        {
            var match = candidates[w.Key].ToList();
            if (match.Count == 1) units.Add(match[0]);
            else problems.Add(new InvitationProblem(w.Line, w.Text, match.Count == 0 ? "no dwelling at this address in this municipality" : "several dwellings: add the suffix (e.g. 12A)"));
        }
        return new InvitationResult(units.Count == 0 ? 0 : await InviteAsync(staff, sessionId, units, ct), problems.OrderBy(p => p.Line).ToList());
    }

    /// <summary>Records who attended and the outcomes. An attendee opens (or continues) its household journey; the campaign
    /// of the session counts it as reached; <see cref="ClimateTableOutcome.AdviceRequested"/> moves a journey at first
    /// contact to advice. A walk-in (not invited) gets an invitation row marked not invited.</summary>
    public async Task<ClimateTableDetail> RecordAttendanceAsync(Staff staff, long sessionId, IReadOnlyCollection<Attendance> attendance, CancellationToken ct = default)
    {
        var session = await FindAsync(staff, sessionId, ct);
        var ids = attendance.Select(a => a.UnitId).Distinct().ToList();
        if (ids.Count != attendance.Count) throw new OneStopShopException("attendance: an address is listed twice");
        var valid = await Addresses.Of(db, staff.MunicipalityId).Where(a => ids.Contains(a.UnitId)).Select(a => a.UnitId).ToListAsync(ct);
        var unknown = ids.Except(valid).ToList();
        if (unknown.Count > 0) throw new OneStopShopException($"attendance: address(es) {string.Join(", ", unknown.Take(5))} are not dwellings of this municipality");
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == session.CampaignId, ct);
        var invitations = await db.ClimateTableInvitations.Where(i => i.SessionId == session.Id && i.UnitId != null).ToDictionaryAsync(i => i.UnitId!.Value, ct);
        var households = new Households(db);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var a in attendance)
        {
            if (!invitations.TryGetValue(a.UnitId, out var invitation))
            {
                if (!a.Attended) continue;
                db.ClimateTableInvitations.Add(invitation = new ClimateTableInvitation { SessionId = session.Id, MunicipalityId = staff.MunicipalityId, UnitId = a.UnitId, Invited = false });
            }
            invitation.Attended = a.Attended;
            invitation.Outcome = a.Attended ? a.Outcome : null;
            if (!a.Attended) continue;
            var existed = await db.Households.AnyAsync(h => h.MunicipalityId == staff.MunicipalityId && h.UnitId == a.UnitId, ct);
            var h = await households.OpenAsync(staff, a.UnitId, session.Date, campaign.Id, ct: ct);
            invitation.HouseholdId = h.Id;
            if (!await db.CampaignContacts.AnyAsync(c => c.CampaignId == campaign.Id && c.HouseholdId == h.Id, ct))
            {
                db.CampaignContacts.Add(new CampaignContact { CampaignId = campaign.Id, HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Date = session.Date });
                // A household already followed gets the session in its history; a new one has it as its first contact.
                if (existed)
                    db.JourneyEvents.Add(new JourneyEvent { HouseholdId = h.Id, MunicipalityId = staff.MunicipalityId, Stage = h.Stage, Date = session.Date, CampaignId = campaign.Id,
                        Note = $"Klimaattafel {session.Date:yyyy-MM-dd}: {session.Topic}" });
            }
            await db.SaveChangesAsync(ct);
            if (a.Outcome == ClimateTableOutcome.AdviceRequested && h.Stage == JourneyStage.FirstContact)
                await households.RecordStageAsync(staff, h.Id, JourneyStage.Advice, session.Date, note: $"Klimaattafel: {session.Topic}", campaignId: campaign.Id, ct: ct);
        }
        AccessLog.Add(db, staff, null, $"climate-table:{sessionId}:attendance");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await DetailAsync(staff, sessionId, ct);
    }

    private async Task<ClimateTableSession> FindAsync(Staff staff, long sessionId, CancellationToken ct) =>
        await db.ClimateTableSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.MunicipalityId == staff.MunicipalityId, ct)
        ?? throw new NotInMunicipalityException($"no climate table {sessionId} in this municipality");
}
