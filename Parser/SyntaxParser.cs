using Pidgin;

namespace Golfcart;

/// <summary>
/// The parser's entry point, on the caller's thread: scans the source, parses the tokens with the
/// <see cref="Grammar"/>, then checks what can be seen without running — <c>return</c> outside a
/// function, <c>break</c>/<c>continue</c> outside a loop — as syntax errors, and resolves the names.
/// Nothing here needs a deep stack: long chains are read in loops, nesting is counted, and the
/// walks over the tree check the stack (a thread whose stack is too small for a deeply nested
/// program gets a syntax error saying so).
/// </summary>
internal static class SyntaxParser
{
    public static Block Parse(SourceText source)
    {
        var scan = Scanner.Scan(source);
        Block program;
        using (scan.Use())
        {
            var result = Grammar.Program.Parse(scan.Tokens);
            if (!result.Success) throw SyntaxErrors.From(scan, result.Error!);
            program = result.Value;
        }
        Check(program);
        Resolver.Resolve(program);
        return program;
    }

    /// <summary>Finds <c>return</c> outside a function and <c>break</c>/<c>continue</c> outside a loop, walking the tree with a stack of its own.</summary>
    private static void Check(Block program)
    {
        var pending = new Stack<(Node Node, bool InFunction, bool InLoop)>();
        pending.Push((program, false, false));
        while (pending.TryPop(out var item))
        {
            var (node, inFunction, inLoop) = item;
            switch (node)
            {
                case Return when !inFunction:
                    throw new GolfcartSyntaxException(Messages.ReturnOutsideFunction, node.Pos, false);
                case Jump j when !inLoop:
                    throw new GolfcartSyntaxException(Messages.OutsideLoop(j.Kind.Name), node.Pos, false);
                case FuncLit f:
                    pending.Push((f.Body, true, false));
                    continue;
                case ForClassic or ForWhile or ForIn:
                    // Only the body is inside the loop: a `break` in the condition belongs to an outer loop.
                    var loopParts = node.Children;
                    for (int i = loopParts.Length - 1; i >= 0; i--) pending.Push((loopParts[i], inFunction, inLoop || loopParts[i] is Block));
                    continue;
            }
            var children = node.Children;
            for (int i = children.Length - 1; i >= 0; i--) pending.Push((children[i], inFunction, inLoop));
        }
    }
}
