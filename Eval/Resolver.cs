namespace Golfcart;

/// <summary>
/// Runs once after parsing: gives every name a slot in the scope that may declare it, and every
/// variable reference and assignment its <see cref="Binding"/>. Scopes are the language's frames:
/// each call, each <c>if</c> chain, each loop; the top level is the global scope. A scope that can
/// declare nothing gets no frame at run time at all (most <c>if</c>s), which is invisible to the
/// program: an empty frame holds nothing to find.
/// </summary>
internal static class Resolver
{
    private sealed class Scope(Scope? parent, bool global)
    {
        public readonly Scope? Parent = parent;
        public readonly bool IsGlobal = global;
        public readonly List<Name> Slots = [];

        public int Add(Name name)
        {
            int i = Slots.IndexOf(name);
            if (i >= 0) return i;
            Slots.Add(name);
            return Slots.Count - 1;
        }

        public int SlotOf(Name name) => Slots.IndexOf(name);

        /// <summary>Whether the scope gets a frame at run time (the global scope is the root frame).</summary>
        public bool HasFrame => !IsGlobal && Slots.Count > 0;
    }

    public static void Resolve(Block program)
    {
        var scopes = new Dictionary<Node, Scope>(ReferenceEqualityComparer.Instance);
        var global = new Scope(null, global: true);
        Declare(program, global, scopes, new Certain());
        Bind(program, global, scopes);
    }

    private static Scope Open(Node owner, Scope parent, Dictionary<Node, Scope> scopes)
    {
        var s = new Scope(parent, global: false);
        scopes[owner] = s;
        return s;
    }

    /// <summary>
    /// The names certain to be bound wherever the walk has got to — parameters, loop variables, and
    /// names assigned by an earlier statement of an enclosing block. Bindings never go away, so an
    /// assignment to one of these finds it and never declares: its scope needs no slot for the name,
    /// and reading or writing it skips an always-undeclared slot (a global counter updated in a
    /// loop, <c>if v &gt; best { best = v }</c>). A name assigned only inside an <c>if</c> or a loop
    /// is not certain after it. One set for the whole walk: what a construct adds, it takes away
    /// when the walk leaves it, so the walk stays linear however long the program.
    /// </summary>
    private sealed class Certain
    {
        private readonly HashSet<Name> _names = [];

        public bool Has(Name name) => _names.Contains(name);

        /// <summary>Makes <paramref name="name"/> certain; records it in <paramref name="added"/> if it was not already.</summary>
        public void Add(Name name, List<Name> added)
        {
            if (_names.Add(name)) added.Add(name);
        }

        public void Remove(List<Name> added)
        {
            foreach (var n in added) _names.Remove(n);
        }
    }

    /// <summary>Pass 1: which names each scope may declare — parameters, loop variables, plain assignments to names not already <see cref="Certain"/>.</summary>
    private static void Declare(Node node, Scope scope, Dictionary<Node, Scope> scopes, Certain certain)
    {
        switch (node)
        {
            case Block b:
            {
                var added = new List<Name>();
                foreach (var statement in b.Body)
                {
                    Declare(statement, scope, scopes, certain);
                    if (statement is AssignName done) certain.Add(done.Name, added); // from here on
                }
                certain.Remove(added);
                return;
            }
            case AssignName a:
                if (a.Op is null && !scope.IsGlobal && !certain.Has(a.Name)) scope.Add(a.Name);
                Declare(a.Source, scope, scopes, certain);
                return;
            case FuncLit f:
            {
                var s = Open(f, scope, scopes);
                var added = new List<Name>();
                foreach (var p in f.Params) Own(s, p, added);
                Declare(f.Body, s, scopes, certain);
                certain.Remove(added);
                return;
            }
            case ForIn fi:
            {
                Declare(fi.Source, scope, scopes, certain); // the collection is evaluated outside the loop's frame
                var s = Open(fi, scope, scopes);
                var added = new List<Name>();
                if (fi.KeyVar is not null) Own(s, fi.KeyVar, added);
                Own(s, fi.ValueVar, added);
                Declare(fi.Body, s, scopes, certain);
                certain.Remove(added);
                return;
            }
            case ForClassic fc:
            {
                var s = Open(fc, scope, scopes);
                Declare(fc.Init, s, scopes, certain);
                var added = new List<Name>();
                if (fc.Init is AssignName init) certain.Add(init.Name, added); // runs before the rest
                Declare(fc.Cond, s, scopes, certain);
                Declare(fc.Post, s, scopes, certain);
                Declare(fc.Body, s, scopes, certain);
                certain.Remove(added);
                return;
            }
            case If or ForWhile:
            {
                var s = Open(node, scope, scopes);
                foreach (var child in node.Children) Declare(child, s, scopes, certain);
                return;
            }
            default:
                foreach (var child in node.Children) Declare(child, scope, scopes, certain);
                return;
        }

        // A parameter or loop variable: a slot in its scope, and certain inside it.
        void Own(Scope s, Name name, List<Name> added)
        {
            s.Add(name);
            certain.Add(name, added);
        }
    }

    /// <summary>Pass 2: bindings for every reference, and frame sizes for every scope-owning node.</summary>
    private static void Bind(Node node, Scope scope, Dictionary<Node, Scope> scopes)
    {
        switch (node)
        {
            case Ident id:
                id.Binding = BindingFor(id.Name, scope);
                return;
            case AssignName a:
                a.Binding = BindingFor(a.Name, scope);
                Bind(a.Source, scope, scopes);
                return;
            case FuncLit f:
            {
                var s = scopes[f];
                f.FrameSize = s.Slots.Count;
                f.PoolFrame = s.Slots.Count > 0 && !ContainsFunction(f.Body);
                Bind(f.Body, s, scopes);
                return;
            }
            case ForIn fi:
            {
                Bind(fi.Source, scope, scopes);
                var s = scopes[fi];
                fi.FrameSize = s.Slots.Count;
                fi.KeyBinding = fi.KeyVar is null ? null : BindingFor(fi.KeyVar, s);
                fi.ValueBinding = BindingFor(fi.ValueVar, s);
                Bind(fi.Body, s, scopes);
                return;
            }
            case If or ForClassic or ForWhile:
            {
                var s = scopes[node];
                ((IScoped)node).FrameSize = s.Slots.Count;
                foreach (var child in node.Children) Bind(child, s, scopes);
                return;
            }
            default:
                foreach (var child in node.Children) Bind(child, scope, scopes);
                return;
        }
    }

    private static bool ContainsFunction(Node n)
    {
        if (n is FuncLit) return true;
        foreach (var c in n.Children) if (ContainsFunction(c)) return true;
        return false;
    }

    private static Binding BindingFor(Name name, Scope scope)
    {
        // Counted, then filled: an array built directly (a List of tuples would be compiled at run time, at every start).
        int count = 0;
        for (var s = scope; s is not null && !s.IsGlobal; s = s.Parent)
            if (s.SlotOf(name) >= 0) count++;
        var candidates = new (int Hops, int Slot)[count];
        int hops = 0, n = 0;
        for (var s = scope; s is not null && !s.IsGlobal; s = s.Parent)
        {
            int slot = s.SlotOf(name);
            if (slot >= 0) candidates[n++] = (hops, slot);
            if (s.HasFrame) hops++;
        }
        return new Binding(name, candidates, declaresGlobal: scope.IsGlobal);
    }
}

/// <summary>A node that owns a scope: it makes a frame of <see cref="FrameSize"/> slots when it runs, or none if 0.</summary>
internal interface IScoped
{
    int FrameSize { get; set; }
}
