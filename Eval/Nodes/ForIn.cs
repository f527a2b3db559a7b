namespace Golfcart;

/// <summary>
/// <c>for v in xs { }</c> and <c>for k, v in xs { }</c> over a list (index, element), a string
/// (index, character) or a dict (key, value); the value may be a list pattern of names instead,
/// <c>for i, [x, y] in points { }</c>. The variables are local to the loop's frame; the loop
/// sees the collection as it was when it started. Gives its iteration count.
/// </summary>
internal sealed record ForIn(SrcPos Pos, Name? KeyVar, Name? ValueVar, ListLit? ValuePattern, Node Source, Block Body) : Node(Pos), IScoped
{
    /// <summary>What each iteration runs (see <see cref="Block.Unwrapped"/>).</summary>
    private readonly Node _body = Body.Unwrapped;

    /// <summary>Set by the <see cref="Resolver"/>: the loop frame's slots (the loop variables first); 0 when the enclosing frame keeps them.</summary>
    public int FrameSize { get; set; }

    /// <summary>Set by the <see cref="Resolver"/>: the enclosing frame's slots that hold this scope's names when it has no frame of its own.</summary>
    public int LocalsFrom { get; set; }
    public int LocalsCount { get; set; }
    public Binding? KeyBinding { get; set; }

    /// <summary>Set by the <see cref="Resolver"/> unless the value is a pattern (whose names have bindings of their own).</summary>
    public Binding? ValueBinding { get; set; }

    public override Value Eval(Frame frame)
    {
        var src = Source.Eval(frame);
        if (src.IsSignal) return src;
        var loop = frame.Enter(FrameSize, LocalsFrom, LocalsCount);
        if (src.AsList is { } list)
        {
            var (items, start, n) = list.Snapshot();
            var over = new ListSource(items, start, n);
            var result = Run(loop, ref over);
            list.EndSnapshot(items);
            return result;
        }
        if (src.IsString)
        {
            var over = new StringSource(src.Str, src.StrLength);
            return Run(loop, ref over);
        }
        if (src.AsDict is { } dict)
        {
            var over = new DictSource(dict.Entries());
            return Run(loop, ref over);
        }
        throw Throw.At(Source.Pos, $"cannot loop over a {src.Type}: expected a list, string or dict");
    }

    /// <summary>Runs the passes over <paramref name="over"/> until the loop ends: the signal to hand up, or the number of bodies started.</summary>
    // Always inlined: the precompiled image holds it only inside Eval, so a copy of its own would be
    // compiled at run time, first unoptimised, whenever the recompiled Eval called it (docs/performance.md, session 10).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Value Run<TSource>(Frame loop, ref TSource over) where TSource : struct, IForInSource
    {
        double count = 0;
        while (true)
        {
            count += RunPasses(loop, ref over, out bool ended, out var exit);
            if (ended) return exit.IsSignal ? exit : Value.Number(count);
        }
    }

    /// <summary>
    /// Up to <see cref="Loops.PassesPerCall"/> passes, each binding the next key and value of
    /// <paramref name="over"/> and running the body (as the classic and while loops run theirs, <see cref="Loops.Run"/>). Compiled once for
    /// each kind of source, so each has its own profile.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int RunPasses<TSource>(Frame loop, ref TSource over, out bool ended, out Value exit) where TSource : struct, IForInSource
    {
        var cx = loop.Cx;
        for (int pass = 0; pass < Loops.PassesPerCall; pass++)
        {
            if (!over.Next(out var key, out var value)) return Loops.End(pass, default, out ended, out exit);
            cx.Step(Pos);
            KeyBinding?.Declare(loop, key);
            if (ValueBinding is { } binding) binding.Declare(loop, value);
            else DeclarePattern(loop, ValuePattern!, value);
            var r = _body.Eval(loop);
            if (!r.IsSignal || ReferenceEquals(r.Obj, Signal.Continue)) continue;
            return Loops.End(pass + 1, ReferenceEquals(r.Obj, Signal.Return) ? r : default, out ended, out exit);
        }
        ended = false;
        exit = default;
        return Loops.PassesPerCall;
    }

    /// <summary>Declares the names of a <c>for</c> header's pattern with the elements of <paramref name="value"/>.</summary>
    private static void DeclarePattern(Frame loop, ListLit pattern, Value value)
    {
        var items = AssignPattern.Elements(pattern, value);
        for (int i = 0; i < items.Length; i++)
        {
            if (pattern.Items[i] is Ident id) id.Binding.Declare(loop, items[i]);
            else DeclarePattern(loop, (ListLit)pattern.Items[i], items[i]);
        }
    }

    /// <summary>The loop's variables as written: <c>x</c>, <c>k, v</c>, <c>i, [x, y]</c>.</summary>
    private string Variables
    {
        get
        {
            string value = ValueVar?.Text ?? PatternText(ValuePattern!);
            return KeyVar is null ? value : $"{KeyVar.Text}, {value}";
        }
    }

    private static string PatternText(ListLit pattern) =>
        "[" + string.Join(", ", pattern.Items.Select(i => i is Ident id ? id.Name.Text : PatternText((ListLit)i))) + "]";

    /// <summary>What a for-in loop walks: the next key (index or dict key) and value, or false at the end.</summary>
    private interface IForInSource
    {
        bool Next(out Value key, out Value value);
    }

    /// <summary>A list's snapshot: index and element.</summary>
    private struct ListSource(Value[] items, int start, int count) : IForInSource
    {
        private int _i;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Next(out Value key, out Value value)
        {
            if (_i == count)
            {
                key = value = default;
                return false;
            }
            key = Value.Number(_i);
            value = items[start + _i++];
            return true;
        }
    }

    /// <summary>A string: index and character, by code point (a surrogate pair is one character).</summary>
    private struct StringSource(string s, int codePoints) : IForInSource
    {
        private int _offset, _i;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Next(out Value key, out Value value)
        {
            if (_offset == s.Length)
            {
                key = value = default;
                return false;
            }
            int width = 1;
            value = Value.String(codePoints == s.Length ? CharStrings.Get(s[_offset]) : CodePoints.AtOffset(s, _offset, out width));
            _offset += width;
            key = Value.Number(_i++);
            return true;
        }
    }

    /// <summary>A dict's entries as they were when the loop started: key and value.</summary>
    private struct DictSource(KeyValuePair<object, Value>[] entries) : IForInSource
    {
        private int _i;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool Next(out Value key, out Value value)
        {
            if (_i == entries.Length)
            {
                key = value = default;
                return false;
            }
            var (k, v) = entries[_i++];
            key = k is string s ? Value.String(s) : DictKeys.ToValue(k);
            value = v;
            return true;
        }
    }

    public override string Label => $"ForIn {Variables}";
    protected override Node[] MakeChildren() => [Source, Body];
}
