using System.Runtime.ExceptionServices;
using Sprache;

namespace Golfcart;

/// <summary>
/// The parser's entry point: parses a whole program on a thread with a large stack (so deep but
/// legal nesting never overflows), then checks what can be seen without running — <c>return</c>
/// outside a function, <c>break</c>/<c>continue</c> outside a loop — as syntax errors.
/// </summary>
internal static class SyntaxParser
{
    /// <summary>The parser's stack: deep but legal nesting never overflows it.</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    public static Block Parse(SourceText source)
    {
        Block? result = null;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = ParseHere(source);
            }
            catch (Exception e)
            {
                error = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        error?.Throw();
        return result!;
    }

    /// <summary>Parses on the calling thread, which must have <see cref="StackBytes"/> of stack.</summary>
    public static Block ParseHere(SourceText source)
    {
        Lexical.Source = source;
        try
        {
            var program = Grammar.Program(new Input(source.Text)).Value;
            Check(program, inFunction: false, inLoop: false);
            Resolver.Resolve(program);
            return program;
        }
        finally
        {
            Lexical.Source = null;
        }
    }

    private static void Check(Node node, bool inFunction, bool inLoop)
    {
        switch (node)
        {
            case Return when !inFunction:
                throw new GolfcartSyntaxException(Messages.ReturnOutsideFunction, node.Pos, false);
            case Jump j when !inLoop:
                throw new GolfcartSyntaxException(Messages.OutsideLoop(j.Kind.Name), node.Pos, false);
            case FuncLit f:
                Check(f.Body, inFunction: true, inLoop: false);
                return;
            case ForClassic or ForWhile or ForIn:
                foreach (var child in node.Children)
                    Check(child, inFunction, inLoop: inLoop || child is Block);
                return;
        }
        foreach (var child in node.Children) Check(child, inFunction, inLoop);
    }
}
