namespace Golfcart;

internal enum ArithOp { Add, Sub, Mul, Div, Mod, BitAnd, BitOr, BitXor, Shl, Shr }
internal enum CompareOp { Less, LessEqual, Greater, GreaterEqual }

/// <summary>The semantics of operators, indexing and conversions, shared by the nodes (and compound assignment).</summary>
internal static class Ops
{
    public const int MaxStringLength = 1 << 29;

    public static string Symbol(ArithOp op) => op switch
    {
        ArithOp.Add => "+", ArithOp.Sub => "-", ArithOp.Mul => "*", ArithOp.Div => "/", ArithOp.Mod => "%",
        ArithOp.BitAnd => "&", ArithOp.BitOr => "|", ArithOp.BitXor => "^", ArithOp.Shl => "<<", _ => ">>",
    };

    /// <summary>The largest whole number a double holds exactly, and the bound of the bitwise operators' operands and results.</summary>
    public const double Exact = 9007199254740992.0; // 2^53

    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Less => "<", CompareOp.LessEqual => "<=", CompareOp.Greater => ">", _ => ">=",
    };

    /// <summary>
    /// The truncated remainder (the sign of the left operand), as C's fmod — but whole numbers up
    /// to 2^53 take the integer path: the C library's fmod slows down as the quotient grows.
    /// </summary>
    public static double Remainder(double x, double y)
    {
        const double Exact = 9007199254740992.0; // 2^53
        if (x >= -Exact && x <= Exact && y >= -Exact && y <= Exact)
        {
            long lx = (long)x, ly = (long)y;
            if (lx == x && ly == y)
            {
                long r = lx % ly;
                return r == 0 && x < 0 ? -0.0 : r; // fmod gives -0 for a negative left operand
            }
        }
        return x % y;
    }

    /// <summary>An arithmetic operator on two numbers: the one place its meaning for numbers is written.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Value Numbers(ArithOp op, double x, double y, SrcPos pos)
    {
        switch (op)
        {
            case ArithOp.Add: return Value.Number(x + y);
            case ArithOp.Sub: return Value.Number(x - y);
            case ArithOp.Mul: return Value.Number(x * y);
            case ArithOp.Div:
                if (y == 0) throw Throw.At(pos, Messages.DivisionByZero);
                return Value.Number(x / y);
            case ArithOp.Mod:
                if (y == 0) throw Throw.At(pos, Messages.DivisionByZero);
                return Value.Number(Remainder(x, y));
            default:
                return Value.Number(Bits(op, x, y, pos));
        }
    }

    /// <summary>
    /// <c>&amp; | ^ &lt;&lt; &gt;&gt;</c> (LANGUAGE.md §11): on whole numbers with |x| ≤ 2^53, as two's
    /// complement integers; the exact result must be within 2^53 too. A shift count is 0 to 63;
    /// <c>a &lt;&lt; n</c> is a·2^n and <c>a &gt;&gt; n</c> is ⌊a / 2^n⌋.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static double Bits(ArithOp op, double x, double y, SrcPos pos)
    {
        long a = BitOperand(op, x, pos);
        if (op is ArithOp.Shl or ArithOp.Shr)
        {
            if (y != Math.Floor(y) || y < 0 || y > 63) throw Throw.At(pos, Messages.ShiftCount(Symbol(op), Display.FormatNumber(y)));
            int n = (int)y;
            if (op == ArithOp.Shr) return a >> n;
            double shifted = Math.ScaleB(a, n); // exact: a power of two times a whole number below 2^53
            return Math.Abs(shifted) <= Exact ? shifted : throw Throw.At(pos, Messages.BitResult(Symbol(op)));
        }
        long b = BitOperand(op, y, pos);
        long r = op switch { ArithOp.BitAnd => a & b, ArithOp.BitOr => a | b, _ => a ^ b };
        return r >= -(1L << 53) && r <= 1L << 53 ? r : throw Throw.At(pos, Messages.BitResult(Symbol(op)));
    }

    /// <summary><c>~x</c>: -x - 1, for a whole number with |x| ≤ 2^53 whose result is within 2^53 too.</summary>
    public static double BitNot(double x, SrcPos pos)
    {
        if (x != Math.Floor(x) || Math.Abs(x) > Exact) throw Throw.At(pos, Messages.BitOperand("~", Display.FormatNumber(x)));
        double r = -x - 1;
        return Math.Abs(r) <= Exact ? r : throw Throw.At(pos, Messages.BitResult("~"));
    }

    private static long BitOperand(ArithOp op, double x, SrcPos pos) =>
        x == Math.Floor(x) && Math.Abs(x) <= Exact ? (long)x : throw Throw.At(pos, Messages.BitOperand(Symbol(op), Display.FormatNumber(x)));

    /// <summary>A comparison of two numbers.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Holds(CompareOp op, double x, double y) => op switch
    {
        CompareOp.Less => x < y, CompareOp.LessEqual => x <= y,
        CompareOp.Greater => x > y, _ => x >= y,
    };

    public static Value Arith(ArithOp op, Value a, Value b, SrcPos pos, Context? cx)
    {
        if (a.Obj is null && b.Obj is null) return Numbers(op, a.Num, b.Num, pos);
        if (op == ArithOp.Add)
        {
            if (a.IsString && b.IsString)
            {
                string sb = b.Str;
                if (a.AsStrView is { IsNewest: true } view)
                {
                    // Building a long string: extend the shared buffer, do not copy what is there.
                    long grown = (long)view.Length + sb.Length;
                    if (grown > MaxStringLength) throw Throw.At(pos, Messages.TooLong);
                    if (cx is not null)
                    {
                        cx.Alloc(2L * sb.Length + 32);
                        cx.Charge(sb.Length >> 8);
                    }
                    view.Buffer.Append(sb);
                    return new Value(new StrView(view.Buffer, (int)grown), a.Num + b.Num);
                }
                string sa = a.Str;
                long length = (long)sa.Length + sb.Length;
                if (cx is not null && length > 256)
                {
                    cx.Alloc(Context.StringBytes(length));
                    cx.Charge(length >> 8);
                }
                if (length > MaxStringLength) throw Throw.At(pos, Messages.TooLong);
                if (length >= StrView.MinLength)
                {
                    var buffer = new System.Text.StringBuilder((int)Math.Min(MaxStringLength, Math.Max(2 * length, 1024)));
                    buffer.Append(sa).Append(sb);
                    return new Value(new StrView(buffer, (int)length), a.Num + b.Num);
                }
                return new Value(string.Concat(sa, sb), a.Num + b.Num);
            }
            if (a.Obj is GList la && b.Obj is GList lb)
            {
                long count = (long)la.Count + lb.Count;
                if (cx is not null)
                {
                    cx.Alloc(32 + 16 * count);
                    cx.Charge(count >> 4);
                }
                if (count > Limits.MaxElements) throw Throw.At(pos, Messages.TooLong);
                var items = new Value[la.Count + lb.Count];
                la.Span.CopyTo(items);
                lb.Span.CopyTo(items.AsSpan(la.Count));
                return Value.FromList(new GList(items, items.Length));
            }
        }
        if (op >= ArithOp.BitAnd) throw Throw.At(pos, Messages.BitTypes(Symbol(op), a.Type, b.Type));
        string verb = op switch
        {
            ArithOp.Add => "add", ArithOp.Sub => "subtract", ArithOp.Mul => "multiply",
            ArithOp.Div => "divide", _ => "take the remainder of",
        };
        throw Throw.At(pos, Messages.BinaryTypes(Symbol(op), verb, a.Type, b.Type));
    }

    public static bool Compare(CompareOp op, Value a, Value b, SrcPos pos)
    {
        int c;
        if (a.Obj is null && b.Obj is null) return Holds(op, a.Num, b.Num);
        if (a.IsString && b.IsString) c = CodePoints.Compare(a.Str, b.Str);
        else throw Throw.At(pos, Messages.Compare(a.Type, b.Type));
        return Holds(op, c, 0);
    }

    /// <summary>A condition or logical operand: must be a bool. <paramref name="at"/>'s position is read only for the error.</summary>
    // Inlined into every condition (only a bool test and a compare); the error is built out of line.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Truth(Value v, string where, Node at) => v.IsBool ? v.AsBool : throw NotBool(v, where, at.Pos);

    /// <summary>As above, with the position at hand (the host filters' own evaluator).</summary>
    public static bool Truth(Value v, string where, SrcPos pos) => v.IsBool ? v.AsBool : throw NotBool(v, where, pos);

    /// <summary>What <see cref="Node.Test"/> gives for a true or false condition; a signal gives its <see cref="Signal.Code"/> (2 and up).</summary>
    public const int False = 0, True = 1;

    /// <summary><see cref="Node.Test"/> of an evaluated value: a bool's answer, a signal's code, or the error for anything else.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Test(Value v, string where, Node at)
    {
        if (v.IsBool) return v.AsBool ? True : False;
        return v.IsSignal ? v.SignalCode : throw NotBool(v, where, at.Pos);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static GolfcartRuntimeException NotBool(Value v, string where, SrcPos pos) => Throw.At(pos, Messages.NotBool(where, v.Type));

    // The errors of the index paths are built out of line: those paths are inlined into the
    // nodes that index, and the messages would otherwise be compiled into each of them.
    /// <summary>True when <paramref name="index"/> is a whole number from 0 to <paramref name="length"/> - 1 (the common case, checked inline).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryWholeIndex(Value index, int length, out int i)
    {
        // The processor's own conversion, without the saturating fix-ups of a C# cast: a NaN or an
        // out-of-range number becomes int.MinValue here, which the two tests below refuse anyway.
        i = double.ConvertToIntegerNative<int>(index.Num);
        return index.Obj is null && i == index.Num && (uint)i < (uint)length;
    }

    /// <summary>
    /// Checks an index into a list or string of <paramref name="length"/> elements; a negative one
    /// counts from the end (-1 is the last), down to -<paramref name="length"/> (LANGUAGE.md §11).
    /// </summary>
    public static int CheckIndex(Value index, int length, string container, SrcPos pos)
    {
        if (TryWholeIndex(index, length, out int i)) return i;
        if (index.Obj is null && i == index.Num && i < 0 && i >= -length) return i + length;
        throw BadIndex(index, length, container, pos);
    }

    /// <summary>Why an index that <see cref="TryWholeIndex"/> refused is wrong: not a number, not whole, or out of range.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static GolfcartRuntimeException BadIndex(Value index, int length, string container, SrcPos pos)
    {
        if (index.Obj is not null) return Throw.At(pos, Messages.IndexType(container, index.Type));
        double d = index.Num;
        if (d != Math.Floor(d)) return Throw.At(pos, Messages.IndexNotInteger(container, Display.FormatNumber(d)));
        return Throw.At(pos, Messages.IndexRange(container, Display.FormatNumber(d), length));
    }

    public static Value Index(Value target, Value key, SrcPos pos)
    {
        if (target.AsList is { } list) return list[CheckIndex(key, list.Count, "list", pos)];
        if (target.AsDict is { } dict)
        {
            if (key.IsString) return dict.Get(key.Str);
            return key.AsList is { } keyList ? dict.Get(keyList, pos) : dict.Get(DictKeys.Of(key, pos));
        }
        if (target.IsString) return Value.String(CodePoints.At(target, CheckIndex(key, target.StrLength, "string", pos)));
        throw NotIndexable(target, pos);
    }

    public static void SetIndex(Value target, Value key, Value value, SrcPos pos)
    {
        if (target.AsList is { } list) list[CheckIndex(key, list.Count, "list", pos)] = value;
        else if (target.AsDict is { } dict)
        {
            if (key.IsString) dict.Set(key.Str, value); // the common case, without the general key's type test
            else if (key.AsList is { } keyList) dict.Set(keyList, value, pos);
            else dict.Set(DictKeys.Of(key, pos), value);
        }
        else throw CannotAssignInto(target, pos);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static GolfcartRuntimeException NotIndexable(in Value target, SrcPos pos) => Throw.At(pos, Messages.NotIndexable(target.Type));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static GolfcartRuntimeException CannotAssignInto(in Value target, SrcPos pos) => Throw.At(pos, Messages.CannotAssignInto(target.Type));

    public static Value Member(Value target, string name, SrcPos pos)
    {
        if (target.AsDict is { } dict) return dict.Get(name);
        if (target.AsList is not null && Builtins.ListMethod(name) is { } method)
            return Value.FromFunction(new BoundMethod(method, target));
        throw Golfcart.Member.NoMember(pos, target, name);
    }

    public static void SetMember(Value target, string name, Value value, SrcPos pos)
    {
        if (target.AsDict is { } dict) dict.Set(name, value);
        else throw CannotAssignInto(target, pos);
    }
}
