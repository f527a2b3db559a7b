using System.Text;

namespace Golfcart;

/// <summary>Prints an AST as an indented tree with each node's line and column (<c>golfcart ast FILE</c>).</summary>
internal static class AstPrinter
{
    public static string Print(Node root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(Node Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node is StackCheck check)
            {
                stack.Push((check.Inner, depth)); // not syntax: the tree is printed as it was written
                continue;
            }
            sb.Append(' ', depth * 2).Append(node.Label).Append($"  @{node.Pos.Line}:{node.Pos.Col}").Append('\n');
            var children = node.Children;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], depth + 1));
        }
        return sb.ToString();
    }
}
