using Microsoft.AspNetCore.Mvc;
using Wijkwerf.Data.Storage;
using Wijkwerf.Data.Streets;

namespace Wijkwerf.Web.Features.Streets;

/// <summary>The streets block of the district page: unsealing, rainwater, trees and charging points from the works
/// register against the district's LEKP targets, and a link to the street works page.</summary>
public sealed class DistrictStreetsViewComponent(WijkwerfDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string code)
    {
        var figures = await DistrictStreets.ForAsync(db, code, ct: HttpContext.RequestAborted);
        return View("/Features/Streets/_DistrictStreets.cshtml", figures);
    }
}
