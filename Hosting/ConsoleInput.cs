namespace Golfcart;

/// <summary>
/// The process's standard input, opened the first time it is read. <see cref="Console.In"/> costs
/// several milliseconds to set up, which every engine would otherwise pay at creation (and the
/// command at start-up) although few programs read their input.
/// </summary>
internal sealed class ConsoleInput : TextReader
{
    private TextReader? _in;

    private TextReader In => _in ??= Console.In;

    public override int Peek() => In.Peek();
    public override int Read() => In.Read();
    public override int Read(char[] buffer, int index, int count) => In.Read(buffer, index, count);
    public override int Read(Span<char> buffer) => In.Read(buffer);
    public override string? ReadLine() => In.ReadLine();
    public override string ReadToEnd() => In.ReadToEnd();
}
