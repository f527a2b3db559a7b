namespace Golfcart;

/// <summary>Dicts: has, delete, items. A number key is turned into its string and a list into a key list, as in indexing.</summary>
internal static partial class Builtins
{
    private static void AddDicts()
    {
        Add("has", 2, 2, (_, a) =>
        {
            var args = new Args("has", a);
            var d = args.Dict(0);
            return Value.Bool(a[1].AsList is { } list ? d.Has(list, null) : d.Has(args.Key(1)));
        });
        Add("delete", 2, 2, (_, a) =>
        {
            var args = new Args("delete", a);
            return args.Dict(0).Remove(args.Key(1), out var removed) ? removed : Value.Nil;
        });
        Add("items", 1, 1, (cx, a) =>
        {
            var entries = new Args("items", a).Dict(0).Entries();
            cx.Charge(entries.Length);
            var list = new GList(entries.Length);
            foreach (var e in entries)
            {
                var pair = new GList(2);
                pair.Add(DictKeys.ToValue(e.Key));
                pair.Add(e.Value);
                list.Add(Value.FromList(pair));
            }
            return Value.FromList(list);
        });
    }
}
