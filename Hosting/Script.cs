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

    /// <summary>Parses <paramref name="source"/>; throws <see cref="GolfcartSyntaxException"/> if it is not valid Golfcart.</summary>
    public static Script Parse(string source, string fileName = "<script>")
    {
        var text = new SourceText(fileName, source);
        return new Script(SyntaxParser.Parse(text), text);
    }

    /// <summary>
    /// <see cref="Parse"/> on the calling thread, which must have <see cref="SyntaxParser.StackBytes"/>
    /// of stack: for a caller that made such a thread anyway, one thread fewer to start.
    /// </summary>
    internal static Script ParseOnThisThread(string source, string fileName)
    {
        var text = new SourceText(fileName, source);
        return new Script(SyntaxParser.ParseHere(text), text);
    }

    /// <summary>The name errors report this script under.</summary>
    public string FileName => Source.Name;

    /// <summary>The syntax tree as an indented outline with line:column positions.</summary>
    public string FormatSyntaxTree() => AstPrinter.Print(Program);
}
