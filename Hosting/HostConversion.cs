using System.Collections;
using System.Reflection;

namespace Golfcart;

/// <summary>
/// Converting between .NET values and Golfcart values at the host boundary: numbers, strings,
/// bools, null, lists, string-keyed dictionaries, and delegates (which become Golfcart functions).
/// </summary>
internal static class HostConversion
{
    private const int MaxNesting = 256;

    public static Value ToValue(object? o, string? name = null) => ToValue(o, name, 0);

    /// <summary>
    /// A host's number, any NaN made the one arithmetic makes: a NaN with other bits could be the
    /// bit pattern that marks a slot undeclared (<see cref="Value.Undeclared"/>), and read as one.
    /// </summary>
    private static Value Number(double d) => Value.Number(double.IsNaN(d) ? double.NaN : d);

    private static Value ToValue(object? o, string? name, int depth)
    {
        if (depth > MaxNesting) throw new ArgumentException($"the value is nested more than {MaxNesting} levels deep (does it contain itself?)");
        switch (o)
        {
            case null: return Value.Nil;
            case Value v: return v.IsNumber ? Number(v.Num) : v;
            case string s: return Value.String(s);
            case bool b: return Value.Bool(b);
            case double d: return Number(d);
            case int n: return Value.Number(n);
            case long n: return Value.Number(n);
            case float f: return Value.Number(f);
            case decimal m: return Value.Number((double)m);
            case short n: return Value.Number(n);
            case byte n: return Value.Number(n);
            case sbyte n: return Value.Number(n);
            case ushort n: return Value.Number(n);
            case uint n: return Value.Number(n);
            case ulong n: return Value.Number(n);
            case char c: return Value.String(c.ToString());
            case Enum e: return Value.String(e.ToString());
            case Delegate d: return Value.FromFunction(HostFunction.Create(name ?? d.Method.Name, d));
            case IDictionary<string, object?> dict:
            {
                var g = new GDict();
                foreach (var (k, v) in dict) g.Set(k, ToValue(v, k, depth + 1));
                return Value.FromDict(g);
            }
            case IDictionary dict:
            {
                // Keys as a script's dict keys them: strings as they are, numbers as their display
                // form, lists (an object?[] from ToObject, say) as key lists.
                var g = new GDict();
                foreach (DictionaryEntry e in dict)
                {
                    var key = DictKeys.TryOf(ToValue(e.Key, null, depth + 1))
                        ?? throw new ArgumentException($"a dictionary given to Golfcart needs string, number or list keys, not {e.Key.GetType().Name}");
                    g.Set(key, ToValue(e.Value, key as string, depth + 1));
                }
                return Value.FromDict(g);
            }
            case IEnumerable items:
            {
                var list = new GList();
                foreach (var item in items) list.Add(ToValue(item, null, depth + 1));
                return Value.FromList(list);
            }
            default:
                throw new ArgumentException(
                    $"cannot give a {o.GetType().Name} to Golfcart: use numbers, strings, bools, null, lists, string-keyed dictionaries or delegates (or a Filter for objects)");
        }
    }

    /// <summary>Converts a Golfcart value to a plain .NET object; a list or dict that contains itself keeps the cycle.</summary>
    public static object? ToObject(in Value v) => ToObject(v, new Dictionary<object, object>(ReferenceEqualityComparer.Instance));

    private static object? ToObject(in Value v, Dictionary<object, object> seen)
    {
        switch (v.Kind)
        {
            case ValueKind.Number: return v.Num;
            case ValueKind.String: return v.Str;
            case ValueKind.Bool: return v.AsBool;
            case ValueKind.List:
            {
                if (seen.TryGetValue(v.Obj!, out var done)) return done;
                var list = new List<object?>(v.List.Count);
                seen[v.Obj!] = list;
                foreach (var item in v.List.ToArray()) list.Add(ToObject(item, seen));
                return list;
            }
            case ValueKind.Dict:
            {
                if (seen.TryGetValue(v.Obj!, out var done)) return done;
                var entries = v.Dict.Entries();
                if (Array.TrueForAll(entries, e => e.Key is string))
                {
                    var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                    seen[v.Obj!] = dict;
                    foreach (var e in entries) dict[(string)e.Key] = ToObject(e.Value, seen);
                    return dict;
                }
                // A dict with key lists: its key lists become object?[] arrays, which the
                // dictionary compares by their elements, so a host can look one up with a new array.
                var keyed = new Dictionary<object, object?>(StructuralKeyComparer.Instance);
                seen[v.Obj!] = keyed;
                foreach (var e in entries)
                    keyed[e.Key is string s ? s : ((KeyList)e.Key).ToHost()] = ToObject(e.Value, seen);
                return keyed;
            }
            case ValueKind.Function: return v;
            default: return null;
        }
    }

    /// <summary>Converts an argument for a host delegate's parameter, or explains why it cannot.</summary>
    public static bool TryFromValue(in Value v, Type type, out object? result, out string expected)
    {
        result = null;
        expected = "";
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            if (v.IsNil) return true;
            type = underlying;
        }
        if (type == typeof(Value)) { result = v; return true; }
        if (type == typeof(object)) { result = ToObject(v); return true; }
        if (type == typeof(string)) { expected = "a string"; if (v.IsString) { result = v.Str; return true; } return false; }
        if (type == typeof(bool)) { expected = "a bool"; if (v.IsBool) { result = v.AsBool; return true; } return false; }
        if (type == typeof(double)) { expected = "a number"; if (v.IsNumber) { result = v.Num; return true; } return false; }
        if (type == typeof(float)) { expected = "a number"; if (v.IsNumber) { result = (float)v.Num; return true; } return false; }
        if (type == typeof(decimal))
        {
            expected = "a number";
            if (!v.IsNumber || double.IsNaN(v.Num) || double.IsInfinity(v.Num) || Math.Abs(v.Num) > 7.9e28) return false;
            result = (decimal)v.Num;
            return true;
        }
        if (IsInteger(type, out double min, out double max))
        {
            expected = "a whole number";
            if (!v.IsNumber || v.Num != Math.Floor(v.Num) || v.Num < min || v.Num > max) return false;
            result = Convert.ChangeType(v.Num, type, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (type.IsAssignableFrom(typeof(List<object?>)))
        {
            expected = "a list";
            if (v.Obj is GList) { result = ToObject(v); return true; }
            return false;
        }
        if (type.IsAssignableFrom(typeof(Dictionary<string, object?>)))
        {
            expected = "a dict";
            if (v.Obj is GDict) { result = ToObject(v); return true; }
            return false;
        }
        expected = type.Name;
        return false;
    }

    public static bool IsSupportedParameter(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(Value) || type == typeof(object) || type == typeof(string) || type == typeof(bool)
            || type == typeof(double) || type == typeof(float) || type == typeof(decimal) || IsInteger(type, out _, out _)
            || type.IsAssignableFrom(typeof(List<object?>)) || type.IsAssignableFrom(typeof(Dictionary<string, object?>));
    }

    private static bool IsInteger(Type t, out double min, out double max)
    {
        (min, max) = Type.GetTypeCode(t) switch
        {
            TypeCode.Int32 => (int.MinValue, int.MaxValue),
            TypeCode.Int64 => (-9007199254740992.0, 9007199254740992.0),
            TypeCode.Int16 => (short.MinValue, short.MaxValue),
            TypeCode.Byte => (byte.MinValue, byte.MaxValue),
            TypeCode.SByte => (sbyte.MinValue, sbyte.MaxValue),
            TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
            TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
            TypeCode.UInt64 => (0, 9007199254740992.0),
            _ => (double.NaN, double.NaN),
        };
        return !double.IsNaN(min) && !t.IsEnum;
    }
}

/// <summary>A .NET delegate given to a script: a builtin whose arguments are converted and checked.</summary>
internal static class HostFunction
{
    public static Builtin Create(string name, Delegate d)
    {
        var method = d.Method;
        var parameters = method.GetParameters();
        foreach (var p in parameters)
        {
            if (!HostConversion.IsSupportedParameter(p.ParameterType))
                throw new ArgumentException($"{name}: a parameter of type {p.ParameterType.Name} cannot take a Golfcart value");
        }
        bool isVoid = method.ReturnType == typeof(void);
        var types = parameters.Select(p => p.ParameterType).ToArray();
        return new Builtin(name, types.Length, types.Length, (cx, args) =>
        {
            var converted = new object?[types.Length];
            for (int i = 0; i < types.Length; i++)
            {
                if (!HostConversion.TryFromValue(args[i], types[i], out converted[i], out string expected))
                    throw Throw.Runtime(Messages.ArgType(name, expected, i + 1, args[i].Type));
            }
            object? result;
            try
            {
                result = d.Method.Invoke(d.Target, BindingFlags.DoNotWrapExceptions, binder: null, converted, culture: null);
            }
            catch (GolfcartException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new GolfcartRuntimeException(Messages.HostFailed(name, e), e);
            }
            if (isVoid) return Value.Nil;
            try
            {
                return HostConversion.ToValue(result);
            }
            catch (ArgumentException e)
            {
                throw Throw.Runtime($"{name}() returned a value Golfcart cannot use: {e.Message}");
            }
        });
    }
}
