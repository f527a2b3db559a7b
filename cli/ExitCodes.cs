namespace Golfcart.Cli;

/// <summary>The command's exit statuses (after BSD sysexits, as jlox uses them).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 64;
    public const int Syntax = 65;
    public const int NoInput = 66;
    public const int Runtime = 70;
}
