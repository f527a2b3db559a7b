namespace Golfcart;

/// <summary>Functions (LANGUAGE.md §11): memo.</summary>
internal static partial class Builtins
{
    private static void AddFunctions()
    {
        Add("memo", 1, 1, Memo);
    }

    /// <summary>
    /// <c>memo(f)</c>: a function that gives f's result for arguments it has seen before and calls f
    /// otherwise. The list of the arguments is the cache's key, a <see cref="KeyList"/>, as in a dict.
    /// The function made is a builtin (it shows as <c>&lt;builtin memo&gt;</c>); it takes any number of
    /// arguments and passes them on, so calling it with the wrong number is f's own arity error.
    /// </summary>
    private static Value Memo(Context cx, ReadOnlySpan<Value> a)
    {
        var f = new Args("memo", a).Function(0);
        var cache = new Dictionary<KeyList, Value>();
        Builtin? memoised = null;
        memoised = new Builtin("memo", 0, -1, (inner, args) => CallMemoised(inner, memoised!, f, cache, args), leaf: false);
        cx.Alloc(128);
        return Value.FromFunction(memoised);
    }

    private static Value CallMemoised(Context cx, Builtin memoised, Value f, Dictionary<KeyList, Value> cache, ReadOnlySpan<Value> args)
    {
        for (int i = 0; i < args.Length; i++)
            if (args[i].AsDict is not null || args[i].Obj is GFunction)
                throw Throw.Runtime(Messages.MemoArgument(args[i].Type, i + 1));
        cx.Charge(args.Length);
        var key = KeyList.FromValues(args);
        if (cache.TryGetValue(key, out var known)) return known;
        // The memoised function steps out of the call stack while f runs, so that a memoised
        // recursion takes one call of the depth limit per level, as the plain one does, and a trace
        // shows f's calls at the program's own call sites. Its entry is put back for its return.
        var site = cx.Site;
        cx.PopCall();
        // Invoke copies the arguments before anything can move them; the result is kept plain, as a container keeps it.
        var result = Calls.Invoke(cx, f, args, site).Plain;
        cx.PushBuiltin(memoised, site);
        cx.Alloc(64 + 16L * args.Length);
        cache[key] = result;
        return result;
    }
}
