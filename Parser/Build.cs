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
            TokenKind.AmpAssign => ArithOp.BitAnd,
            TokenKind.PipeAssign => ArithOp.BitOr,
            TokenKind.CaretAssign => ArithOp.BitXor,
            TokenKind.ShiftLeftAssign => ArithOp.Shl,
            TokenKind.ShiftRightAssign => ArithOp.Shr,
            _ => null,
        };
        if (left is ListLit pattern)
        {
            if (arith is not null) throw new GolfcartSyntaxException(Messages.PatternCompound(Scanner.TextOf(op.Kind)), op.Pos, false);
            CheckTargets(pattern);
            return new AssignPattern(op.Pos, pattern, value);
        }
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

    /// <summary>Every element of a list pattern is a target: a name, an index, a member, or a pattern in turn.</summary>
    private static void CheckTargets(ListLit pattern)
    {
        var items = pattern.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is StackCheck check) items[i] = check.Inner; // a target is not evaluated as a whole
            switch (items[i])
            {
                case Ident or Index or Member:
                    break;
                case ListLit inner:
                    CheckTargets(inner);
                    break;
                default:
                    throw new GolfcartSyntaxException(Messages.InvalidTarget, items[i].Pos, false);
            }
        }
    }

    /// <summary>A <c>for</c> loop over a collection: its variables are a name, or (the value only) a list pattern of names.</summary>
    public static Node ForIn(SrcPos pos, (Node? Key, Node Value) header, Node source, Block body)
    {
        if (header.Key is ListLit keyPattern) throw new GolfcartSyntaxException(Messages.ForKeyPattern, keyPattern.Pos, false);
        var key = (Ident?)header.Key;
        if (header.Value is ListLit pattern)
        {
            CheckNames(pattern);
            return new ForIn(pos, key?.Name, null, pattern, source, body);
        }
        return new ForIn(pos, key?.Name, ((Ident)header.Value).Name, null, source, body);
    }

    /// <summary>A pattern in a <c>for</c> header holds names only (each local to the loop), possibly nested.</summary>
    private static void CheckNames(ListLit pattern)
    {
        foreach (var item in pattern.Items)
        {
            if (item is ListLit inner) CheckNames(inner);
            else if (item is not Ident) throw new GolfcartSyntaxException(Messages.ForPatternNames, item.Pos, false);
        }
    }

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
