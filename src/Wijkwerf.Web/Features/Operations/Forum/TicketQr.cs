using QRCoder;

namespace Wijkwerf.Web.Features.Operations.Forum;

/// <summary>The ticket's QR code: the address of the door page with the personal code filled in, so a phone's camera
/// opens the check-in page and the team only confirms. Drawn as SVG (QRCoder, no System.Drawing) at error-correction
/// level M, which survives a cracked phone screen or a creased print-out.</summary>
public static class TicketQr
{
    public static string CheckInUrl(HttpRequest request, string code) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/forum/checkin?code={Uri.EscapeDataString(code)}";

    /// <summary>An SVG that scales with its box (viewBox), black on white, with the quiet zone scanners need.</summary>
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
