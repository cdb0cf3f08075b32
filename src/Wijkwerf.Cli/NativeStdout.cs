using System.Runtime.InteropServices;

namespace Wijkwerf.Cli;

/// <summary>Native solvers (HiGHS inside OR-Tools) print a banner on the process's stdout even when told to be quiet,
/// which would break the one-JSON-document contract. On Linux and macOS this points file descriptor 1 at stderr while
/// <paramref name="work"/> runs, flushing C stdio before pointing it back; elsewhere it just runs the work.</summary>
internal static class NativeStdout
{
    public static T ToStderr<T>(Func<T> work)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return work();
        Console.Out.Flush();
        var saved = Dup(1);
        if (saved < 0) return work();
        try
        {
            Dup2(2, 1);
            return work();
        }
        finally
        {
            FFlush(IntPtr.Zero);
            Dup2(saved, 1);
            Close(saved);
        }
    }

    [DllImport("libc", EntryPoint = "dup")]
    private static extern int Dup(int fd);

    [DllImport("libc", EntryPoint = "dup2")]
    private static extern int Dup2(int fd, int fd2);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "fflush")]
    private static extern int FFlush(IntPtr stream);
}
