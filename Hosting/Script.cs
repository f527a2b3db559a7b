namespace Golfcart;

/// <summary>A parsed program: parse once, run many times, on any number of engines.</summary>
public sealed class Script
{
    internal readonly Block Program;
    internal readonly SourceText Source;

    private Script(Block program, SourceText source)
    {
        Program = program;
        Source = source;
    }

    /// <summary>
    /// Parses <paramref name="source"/> on the calling thread; throws <see cref="GolfcartSyntaxException"/>
    /// if it is not valid Golfcart, or if it is nested too deeply for the thread's stack.
    /// </summary>
    public static Script Parse(string source, string fileName = "<script>")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        var text = new SourceText(fileName, source);
        return new Script(SyntaxParser.Parse(text), text);
    }

    /// <summary>The name errors report this script under.</summary>
    public string FileName => Source.Name;

    /// <summary>The syntax tree as an indented outline with line:column positions.</summary>
    public string FormatSyntaxTree() => AstPrinter.Print(Program);
}
