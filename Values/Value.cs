using System.Globalization;

namespace Golfcart;

/// <summary>
/// A Golfcart value. Numbers and bools live inline (no heap allocation per operation);
/// strings, lists, dicts and functions are references. The model is closed: every value is
/// one of number, string, bool, list, dict, function or nil.
/// </summary>
public readonly struct Value
{
    // Representation: a number has no object (Obj is null) and its double in Num.
    // Every other kind is told apart by Obj: a tag object for bool and nil, a .NET string
    // (Num then caches its length in code points), a GList, a GDict, a GFunction, or a
    // control-flow Signal, which never escapes to a program. A frame slot not yet declared holds
    // no object and a NaN of its own in Num (see Undeclared); no program's value has those bits.
    internal readonly object? Obj;
    internal readonly double Num;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Value(object? obj, double num)
    {
        Obj = obj;
        Num = num;
    }

    internal sealed class Tag(string name)
    {
        public readonly string Name = name;
        public override string ToString() => Name;
    }

    internal static readonly Tag BoolTag = new("bool");
    internal static readonly Tag NilTag = new("nil");

    /// <summary>
    /// The bits of <see cref="Undeclared"/>'s number field: a signalling NaN with a payload. No
    /// arithmetic produces it (the processor makes any NaN it returns a quiet one), a program has
    /// no way to write a number's bits, and a NaN from the host is made the usual one on the way in
    /// (HostConversion), so no value a program holds has them; and no other kind of value keeps
    /// anything but a whole number in that field.
    /// </summary>
    private const long UndeclaredBits = 0x7FF4_0000_0000_0DEC;

    /// <summary>
    /// What a frame slot or global cell holds before its name is declared there; never a program's
    /// value. It holds no reference, so marking a slot undeclared (every call's locals, every loop
    /// entry's) is a plain store, without the GC's write barrier that storing a tag object costs.
    /// </summary>
    internal static Value Undeclared
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => new(null, BitConverter.Int64BitsToDouble(UndeclaredBits));
    }

    /// <summary>True for <see cref="Undeclared"/>: a compare of the number field's bits with a constant.</summary>
    internal bool IsUndeclared
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => BitConverter.DoubleToInt64Bits(Num) == UndeclaredBits;
    }

    /// <summary>The nil value.</summary>
    public static readonly Value Nil = new(NilTag, 0);
    /// <summary>The bool true.</summary>
    public static readonly Value True = new(BoolTag, 1);
    /// <summary>The bool false.</summary>
    public static readonly Value False = new(BoolTag, 0);

    /// <summary>A number value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Value Number(double d) => new(null, d);

    /// <summary>
    /// A copy of <paramref name="values"/> in a longer array. Not Array.Resize: its code for this
    /// struct is not precompiled, so its first use would wait for the JIT (docs/performance.md).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // cold: keeps callers' inlined code small
    internal static Value[] Grow(Value[] values, int length)
    {
        var grown = new Value[length];
        Array.Copy(values, grown, values.Length);
        return grown;
    }

    /// <summary>A bool value.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Value Bool(bool b) => b ? True : False;
    /// <summary>A string value.</summary>
    public static Value String(string s) => new(s, CodePoints.Count(s));

    internal static Value FromList(GList l) => new(l, 0);
    internal static Value FromDict(GDict d) => new(d, 0);
    internal static Value FromFunction(GFunction f) => new(f, 0);
    internal static Value FromSignal(Signal s) => new(s, 0);

    internal bool IsNumber => Obj is null;
    internal bool IsBool => ReferenceEquals(Obj, BoolTag);
    internal bool IsNil => ReferenceEquals(Obj, NilTag);
    internal bool IsTrue => ReferenceEquals(Obj, BoolTag) && Num != 0;

    // The type tests on the evaluator's hot paths compare the object's exact type (every class
    // tested is sealed). The optimised tier compiles `is` on a sealed class to that same compare,
    // but the precompiled code a fresh process starts in calls a runtime helper for every `is`,
    // and that helper, hot itself, is then profiled and recompiled while the program warms up
    // (docs/performance.md, session 16).

    /// <summary>True for a control-flow signal (break, continue, return), never a program's value.</summary>
    internal bool IsSignal => Obj is { } o && o.GetType() == typeof(Signal);

    /// <summary>The <see cref="Signal.Code"/> of a value known to be a signal (<see cref="IsSignal"/>).</summary>
    internal int SignalCode => System.Runtime.CompilerServices.Unsafe.As<Signal>(Obj!).Code;

    /// <summary>The list, or null if the value is not one.</summary>
    internal GList? AsList => Obj is { } o && o.GetType() == typeof(GList) ? System.Runtime.CompilerServices.Unsafe.As<GList>(o) : null;

    /// <summary>The dict, or null if the value is not one.</summary>
    internal GDict? AsDict => Obj is { } o && o.GetType() == typeof(GDict) ? System.Runtime.CompilerServices.Unsafe.As<GDict>(o) : null;

    /// <summary>The user function, or null if the value is not one.</summary>
    internal UserFunction? AsUserFunction =>
        Obj is { } o && o.GetType() == typeof(UserFunction) ? System.Runtime.CompilerServices.Unsafe.As<UserFunction>(o) : null;

    /// <summary>The builtin, or null if the value is not one.</summary>
    internal Builtin? AsBuiltin => Obj is { } o && o.GetType() == typeof(Builtin) ? System.Runtime.CompilerServices.Unsafe.As<Builtin>(o) : null;

    /// <summary>True for a plain .NET string (not one being built).</summary>
    internal bool IsPlainString => Obj is { } o && o.GetType() == typeof(string);

    /// <summary>A string being built (<see cref="StrView"/>), or null if the value is not one.</summary>
    internal StrView? AsStrView => Obj is { } o && o.GetType() == typeof(StrView) ? System.Runtime.CompilerServices.Unsafe.As<StrView>(o) : null;

    /// <summary>True for a string, plain or being built.</summary>
    internal bool IsString => IsPlainString || AsStrView is not null;

    /// <summary>The text of a string value (a string being built is made plain once).</summary>
    internal string Str => IsPlainString ? System.Runtime.CompilerServices.Unsafe.As<string>(Obj!) : ((StrView)Obj!).Flat;

    /// <summary>
    /// Stores <paramref name="v"/> in <paramref name="slot"/> (a frame slot, a list element). A number
    /// is written as two plain words, its reference field a zero: the JIT would otherwise call the GC's
    /// write barrier for the reference field on every store, a null one included. Storing null needs
    /// no barrier (the barrier only records references from older objects to younger ones). Nor does
    /// storing the reference the slot already holds — a bool over a bool, nil over nil (all bools
    /// share one tag, as all nils do), as in <c>flags[i] = false</c> — so then only the number word
    /// is written.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Store(ref Value slot, Value v)
    {
        if (v.Obj is null) System.Runtime.CompilerServices.Unsafe.As<Value, Words>(ref slot) = new Words(0, v.Num);
        else if (ReferenceEquals(slot.Obj, v.Obj)) System.Runtime.CompilerServices.Unsafe.AsRef(in slot.Num) = v.Num;
        else slot = v;
    }

    /// <summary>A value's layout without the reference: what <see cref="Store"/> writes for a number.</summary>
    private readonly struct Words(nint obj, double num)
    {
        private readonly nint _obj = obj;
        private readonly double _num = num;
    }

    /// <summary>The same value with a string under construction made plain (for storing in containers and passing to builtins).</summary>
    internal Value Plain
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => AsStrView is null ? this : Flattened(this);
    }

    // Out of line and by value, so a caller that inlines Plain keeps the value in registers.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Value Flattened(Value v) => new(((StrView)v.Obj!).Flat, v.Num);
    /// <summary>Length of a string value in code points.</summary>
    internal int StrLength => (int)Num;
    internal GList List => (GList)Obj!;
    internal GDict Dict => (GDict)Obj!;
    internal bool AsBool => Num != 0;

    internal ValueKind Kind => Obj switch
    {
        null => ValueKind.Number,
        string or StrView => ValueKind.String,
        GList => ValueKind.List,
        GDict => ValueKind.Dict,
        GFunction => ValueKind.Function,
        Signal => ValueKind.Signal,
        _ => ReferenceEquals(Obj, BoolTag) ? ValueKind.Bool : ValueKind.Nil,
    };

    /// <summary>The Golfcart type name: number, string, bool, list, dict, function or nil.</summary>
    public string Type => TypeName(Kind);

    internal static string TypeName(ValueKind k) => k switch
    {
        ValueKind.Number => "number",
        ValueKind.String => "string",
        ValueKind.Bool => "bool",
        ValueKind.List => "list",
        ValueKind.Dict => "dict",
        ValueKind.Function => "function",
        ValueKind.Nil => "nil",
        _ => "signal",
    };

    /// <summary>
    /// Equality as the language defines it: numbers, strings and bools by value, nil equals nil,
    /// a builtin equals itself; lists, dicts and user functions equal nothing, not even themselves.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Equal(Value a, Value b) =>
        a.Obj is null ? b.Obj is null && a.Num == b.Num : EqualObjects(a, b);

    // Out of line: its property calls on the operands would make a caller that inlines it keep
    // the operands in memory (docs/performance.md, session 7).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool EqualObjects(Value a, Value b)
    {
        if (a.Obj is string sa) return b.Obj is string sb ? string.Equals(sa, sb, StringComparison.Ordinal) : b.Obj is StrView && sa == b.Str;
        if (a.Obj is StrView va) return b.IsString && va.Length == b.Str.Length && va.Flat == b.Str;
        if (ReferenceEquals(a.Obj, BoolTag)) return ReferenceEquals(b.Obj, BoolTag) && a.Num == b.Num;
        if (ReferenceEquals(a.Obj, NilTag)) return ReferenceEquals(b.Obj, NilTag);
        if (a.Obj is Builtin) return ReferenceEquals(a.Obj, b.Obj);
        return false;
    }

    /// <summary>The display form, as <c>log</c> and <c>str</c> print it.</summary>
    public override string ToString() => Display.Show(this);

    /// <summary>The echo form: like <see cref="ToString"/> but a string is quoted (<c>"a"</c>), as the REPL shows results.</summary>
    public string Inspect() => Display.Repr(this);

    /// <summary>True for the nil value.</summary>
    public bool IsNilValue => IsNil;

    /// <summary>Converts to a plain .NET object: double, string, bool, null, lists and dictionaries.</summary>
    /// <remarks>
    /// A number is a <see cref="double"/>, a list a <c>List&lt;object?&gt;</c>, a dict a
    /// <c>Dictionary&lt;string, object?&gt;</c> (a list or dict that contains itself keeps the cycle), nil is
    /// null, and a function stays a <see cref="Value"/> (call it with <see cref="Engine.Invoke(Value, object?[])"/>).
    /// </remarks>
    public object? ToObject() => HostConversion.ToObject(this);

    /// <summary>Makes a value from a .NET value, as <see cref="Engine.SetValue"/> does.</summary>
    /// <exception cref="ArgumentException">The value has no Golfcart form.</exception>
    public static Value From(object? value) => HostConversion.ToValue(value);

    /// <summary>The number, or an <see cref="InvalidOperationException"/> if this is not a number.</summary>
    public double AsNumber() => IsNumber ? Num : throw new InvalidOperationException($"the value is a {Type}, not a number");

    /// <summary>The string, or an <see cref="InvalidOperationException"/> if this is not a string.</summary>
    public string AsString() => IsString ? Str : throw new InvalidOperationException($"the value is a {Type}, not a string");

    /// <summary>The bool, or an <see cref="InvalidOperationException"/> if this is not a bool.</summary>
    public bool AsBoolean() => IsBool ? AsBool : throw new InvalidOperationException($"the value is a {Type}, not a bool");

    internal string NumberText => Display.FormatNumber(Num);
    internal static string Invariant(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}

internal enum ValueKind { Number, String, Bool, List, Dict, Function, Nil, Signal }
