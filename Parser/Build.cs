using Pidgin;

namespace Golfcart;

/// <summary>
/// The nodes the grammar's rules make from what they read, where making one takes more than a
/// constructor: an assignment checks its target, a function its parameters, and a function
/// literal assigned to a name or a constant key is named by it.
/// </summary>
internal static class Build
{
    /// <summary><c>left</c>, or <c>left op value</c> when an assignment operator followed it.</summary>
    public static Node Assignment(Node left, Maybe<(Token Op, Node Value)> tail)
    {
        if (!tail.HasValue) return left;
        var (op, value) = tail.Value;
        ArithOp? arith = op.Kind switch
        {
            TokenKind.AddAssign => ArithOp.Add,
            TokenKind.SubAssign => ArithOp.Sub,
            TokenKind.MulAssign => ArithOp.Mul,
            TokenKind.DivAssign => ArithOp.Div,
            TokenKind.ModAssign => ArithOp.Mod,
            _ => null,
        };
        Node node = left switch
        {
            Ident id => new AssignName(op.Pos, id.Name, arith, value),
            Index ix => new AssignIndex(op.Pos, ix.Target, ix.Key, arith, value),
            Member m => new AssignMember(op.Pos, m.Target, m.Key, arith, value),
            _ => throw new GolfcartSyntaxException(Messages.InvalidTarget, op.Pos, false),
        };
        if (arith is null && value is FuncLit { Name: null } f)
            f.Name = left switch { Ident id => id.Name.Text, Member m => m.Key, _ => null };
        return node;
    }

    public static Node If(Token keyword, Node condition, Block branch, IEnumerable<(Node Condition, Block Branch)> elseIfs, Maybe<Block> otherwise)
    {
        var conditions = new List<Node> { condition };
        var branches = new List<Block> { branch };
        foreach (var (c, b) in elseIfs)
        {
            conditions.Add(c);
            branches.Add(b);
        }
        return new If(keyword.Pos, conditions.ToArray(), branches.ToArray(), otherwise.HasValue ? otherwise.Value : null);
    }

    public static Node ForIn(SrcPos pos, (Token? Key, Token Value) header, Node source, Block body) =>
        new ForIn(pos, header.Key?.Name, header.Value.Name, source, body);

    /// <summary>A function's parameter names; a name given twice is an error at its second place.</summary>
    public static Name[] Parameters(Token[] tokens)
    {
        var names = new Name[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var name = tokens[i].Name;
            if (Array.IndexOf(names, name, 0, i) >= 0) throw new GolfcartSyntaxException(Messages.DuplicateParam(name.Text), tokens[i].Pos, false);
            names[i] = name;
        }
        return names;
    }

    public static (Node Key, Node Value) DictEntry(Node key, Node value)
    {
        // Like `d.f = x => …`, a function literal under a constant string key is named by it.
        if (value is FuncLit { Name: null } f && key is Literal { Constant.Obj: string name }) f.Name = name;
        return (key, value);
    }

    public static Node Dict(Token open, (Node Key, Node Value)[] entries)
    {
        var keys = new Node[entries.Length];
        var values = new Node[entries.Length];
        for (int k = 0; k < entries.Length; k++) (keys[k], values[k]) = entries[k];
        return new DictLit(open.Pos, keys, values);
    }
}
