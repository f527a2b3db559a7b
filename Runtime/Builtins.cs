namespace Golfcart;

/// <summary>
/// The one builtin registry. Every builtin has the <see cref="BuiltinFn"/> signature and is added
/// here with its name and argument count; <see cref="Args"/> checks argument types. Builtins live
/// in a scope of their own, outside the program's globals (<see cref="Universe"/>): a program reads
/// them, and may rebind their names at the top level.
/// </summary>
internal static partial class Builtins
{
    private static readonly Dictionary<string, Builtin> Functions = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Builtin> Methods = new(StringComparer.Ordinal);

    static Builtins()
    {
        AddCore();
        AddListMethods();
        AddInput();
        AddStrings();
        AddSequences();
        AddLists();
        AddDicts();
        AddMath();
        AddNumbers();
        AddCollections();
        AddCombinatorics();
        AddText();
        AddFunctions();
        LenBuiltin = Functions["len"];
        AppendBuiltin = Methods["append"];
    }

    /// <summary><c>len</c> and <c>append</c>, which the <see cref="Call"/> node runs inline when the callee is still them.</summary>
    public static readonly Builtin LenBuiltin, AppendBuiltin;

    /// <summary>
    /// Registers a global builtin; <paramref name="max"/> is -1 for any number of arguments.
    /// <paramref name="callsBack"/> marks a builtin that calls function values (<c>map</c>, <c>sort</c>…).
    /// </summary>
    private static void Add(string name, int min, int max, BuiltinFn fn, bool callsBack = false) =>
        Functions.Add(name, new Builtin(name, min, max, fn, leaf: !callsBack));

    /// <summary>Registers a list method; counts exclude the receiver, which the function sees as argument 0.</summary>
    private static void AddMethod(string name, int min, int max, BuiltinFn fn) => Methods.Add(name, new Builtin(name, min, max, fn, leaf: true));

    /// <summary>Values of the builtins' scope that are not functions: <c>inf</c>.</summary>
    private static readonly Dictionary<string, Value> Constants = new(StringComparer.Ordinal)
    {
        ["inf"] = Value.Number(double.PositiveInfinity),
    };

    /// <summary>
    /// What <paramref name="name"/> means in the builtins' own scope, outside the program's globals
    /// (LANGUAGE.md §7): a builtin function or constant, or <see cref="Value.Undeclared"/>.
    /// </summary>
    public static Value Universe(Name name) =>
        Functions.TryGetValue(name.Text, out var fn) ? Value.FromFunction(fn)
        : Constants.TryGetValue(name.Text, out var constant) ? constant
        : Value.Undeclared;

    /// <summary>The names of the builtins' scope: functions and constants.</summary>
    public static IEnumerable<string> UniverseNames => Functions.Keys.Concat(Constants.Keys);

    public static Builtin? ListMethod(string name) => Methods.GetValueOrDefault(name);
    public static Builtin? Function(string name) => Functions.GetValueOrDefault(name);

    public static IEnumerable<string> FunctionNames => Functions.Keys;
    public static IEnumerable<string> MethodNames => Methods.Keys;
    public static bool IsBuiltin(in Value v) => v.Obj is Builtin b && Functions.TryGetValue(b.Name, out var same) && ReferenceEquals(b, same);
}

/// <summary>
/// The arguments of one builtin call, with checks that name the function, the argument and the
/// types: <c>len() expects a string, list or dict as argument 1, got number</c>.
/// </summary>
internal readonly ref struct Args(string function, ReadOnlySpan<Value> values, bool isMethod = false)
{
    private readonly ReadOnlySpan<Value> _values = values;

    public int Count => _values.Length;
    public Value this[int i] => _values[i];

    /// <summary>The argument number a user sees: a method's receiver is not counted.</summary>
    private int Ordinal(int i) => isMethod ? i : i + 1;

    public GolfcartRuntimeException Wrong(int i, string expected) =>
        Throw.Runtime(Messages.ArgType(function, expected, Ordinal(i), _values[i].Type));

    /// <summary>An argument of the right type but a wrong value: the error shows the value (<c>got -1</c>).</summary>
    public GolfcartRuntimeException WrongValue(int i, string expected) =>
        Throw.Runtime(Messages.ArgType(function, expected, Ordinal(i), Display.Repr(_values[i])));

    public double Number(int i) => _values[i].IsNumber ? _values[i].Num : throw Wrong(i, "a number");

    public int Integer(int i)
    {
        double d = Number(i);
        if (d != Math.Floor(d) || d < int.MinValue || d > int.MaxValue) throw Wrong(i, "a whole number");
        return (int)d;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="expected"/> says which in the error.</summary>
    public double WholeBetween(int i, double min, double max, string expected)
    {
        double d = Number(i);
        if (d != Math.Floor(d) || d < min || d > max) throw WrongValue(i, expected);
        return d;
    }

    public bool Bool(int i) => _values[i].IsBool ? _values[i].IsTrue : throw Wrong(i, "a bool");

    /// <summary>A string of exactly one character (code point).</summary>
    public string Char(int i)
    {
        string s = String(i);
        return _values[i].StrLength == 1 ? s : throw WrongValue(i, "a string of one character");
    }

    public string String(int i) => _values[i].Obj as string ?? throw Wrong(i, "a string");
    public Value Function(int i) => _values[i].Obj is GFunction ? _values[i] : throw Wrong(i, "a function");

    /// <summary>A whole number in the exact-integer range of a double (|n| ≤ 2^53).</summary>
    public double Whole(int i)
    {
        double d = Number(i);
        if (d != Math.Floor(d) || Math.Abs(d) > 9007199254740992.0) throw Wrong(i, "a whole number");
        return d;
    }

    /// <summary>A dict key: a string, a number turned into its display form, or a list made a <see cref="KeyList"/>.</summary>
    public object Key(int i) => DictKeys.TryOf(_values[i]) ?? throw Wrong(i, "a string, number or list key");
    public GList List(int i) => _values[i].Obj as GList ?? throw Wrong(i, "a list");
    public GDict Dict(int i) => _values[i].Obj as GDict ?? throw Wrong(i, "a dict");
}
