namespace Golfcart;

/// <summary>
/// Runs once after parsing: gives every name a slot in the scope that may declare it, and every
/// variable reference and assignment its <see cref="Binding"/>. Scopes are the language's frames:
/// each call, each <c>if</c> chain, each loop; the top level is the global scope. A scope that can
/// declare nothing gets no frame at run time at all (most <c>if</c>s), which is invisible to the
/// program: an empty frame holds nothing to find. Where no closure can capture a frame, an
/// <c>if</c> or loop keeps its slots in the enclosing call's (or top-level loop's) frame instead
/// of a frame of its own (see <see cref="Place"/>), which is as invisible.
/// </summary>
internal static class Resolver
{
    private sealed class Scope(Scope? parent, bool global, bool function = false)
    {
        public readonly Scope? Parent = parent;
        public readonly bool IsGlobal = global;

        /// <summary>A call's scope: it always holds its slots in a frame of its own.</summary>
        public readonly bool IsFunction = function;

        public readonly List<Name> Slots = [];

        /// <summary>Whether a function literal appears anywhere inside the scope (a closure could capture its frame).</summary>
        public bool HasClosureInside;

        /// <summary>
        /// Set by <see cref="Place"/>: the scope whose frame holds this scope's slots (itself, or the
        /// enclosing call's or top-level loop's when this one is kept in it), the first of those
        /// slots there, and, for a scope that is its own host, how many slots its frame has in all.
        /// </summary>
        public Scope Host = null!;
        public int Base;
        public int Total;

        public int Add(Name name)
        {
            int i = Slots.IndexOf(name);
            if (i >= 0) return i;
            Slots.Add(name);
            return Slots.Count - 1;
        }

        public int SlotOf(Name name) => Slots.IndexOf(name);

        /// <summary>Whether the scope gets a frame of its own at run time (the global scope is the root frame).</summary>
        public bool HasFrame => !IsGlobal && Host == this && Total > 0;
    }

    public static void Resolve(Block program)
    {
        var scopes = new Scopes();
        var global = new Scope(null, global: true);
        Declare(program, global, scopes, new Certain());
        Place(scopes.Opened);
        Bind(program, global, scopes);
    }

    private static Scope Open(Node owner, Scope parent, Scopes scopes)
    {
        var s = new Scope(parent, global: false, function: owner is FuncLit);
        scopes.Add(owner, s);
        return s;
    }

    /// <summary>Each scope-owning node's scope, and the scopes in the order they were opened.</summary>
    private sealed class Scopes
    {
        private readonly Dictionary<Node, Scope> _byNode = new(ReferenceEqualityComparer.Instance);
        public readonly List<Scope> Opened = [];

        public Scope this[Node owner] => _byNode[owner];

        public void Add(Node owner, Scope s)
        {
            _byNode[owner] = s;
            Opened.Add(s);
        }
    }

    /// <summary>
    /// Pass 2: where each scope's slots live. An <c>if</c> or loop inside a call (or inside a
    /// top-level <c>if</c> or loop) keeps its slots in that call's frame, after the frame's own,
    /// when no function literal appears anywhere in the call: no closure can then capture a frame
    /// made during it, so one frame per call holds every scope of the call, and the names of the
    /// call are read from inside its loops without a hop. A kept scope marks its slots undeclared each time it
    /// is entered, as its own new frame would start. Otherwise a scope has a frame of its own.
    /// The scopes come in the order the walk opened them, so a parent is placed before its children.
    /// </summary>
    private static void Place(List<Scope> opened)
    {
        foreach (var s in opened)
        {
            var parent = s.Parent!;
            if (!s.IsFunction && !parent.IsGlobal && !parent.Host.HasClosureInside)
            {
                s.Host = parent.Host;
                s.Base = s.Host.Total;
                s.Host.Total += s.Slots.Count;
            }
            else
            {
                s.Host = s;
                s.Total = s.Slots.Count;
            }
        }
    }

    /// <summary>A function literal appears in <paramref name="scope"/>: it and every scope around it may have a frame captured.</summary>
    private static void MarkClosure(Scope scope)
    {
        for (var s = scope; s is not null && !s.HasClosureInside; s = s.Parent) s.HasClosureInside = true;
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
    private static void Declare(Node node, Scope scope, Scopes scopes, Certain certain)
    {
        EnsureStack(node);
        switch (node)
        {
            case Block b:
            {
                var added = new List<Name>();
                foreach (var statement in b.Body)
                {
                    Declare(statement, scope, scopes, certain);
                    if (statement is AssignName done) certain.Add(done.Name, added); // from here on
                    if (statement is AssignPattern unpacked)
                        foreach (var id in AssignPattern.Names(unpacked.Pattern)) certain.Add(id.Name, added);
                }
                certain.Remove(added);
                return;
            }
            case AssignName a:
                if (a.Op is null && !scope.IsGlobal && !certain.Has(a.Name)) scope.Add(a.Name);
                Declare(a.Source, scope, scopes, certain);
                return;
            case AssignPattern p:
                // Each name of the pattern is assigned as by `name = …`; indexes and members are read.
                foreach (var id in AssignPattern.Names(p.Pattern))
                    if (!scope.IsGlobal && !certain.Has(id.Name)) scope.Add(id.Name);
                foreach (var child in p.Children) Declare(child, scope, scopes, certain);
                return;
            case FuncLit f:
            {
                MarkClosure(scope);
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
                if (fi.ValueVar is not null) Own(s, fi.ValueVar, added);
                else foreach (var id in AssignPattern.Names(fi.ValuePattern!)) Own(s, id.Name, added);
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

    /// <summary>Pass 3: bindings for every reference, and frame sizes for every scope-owning node.</summary>
    private static void Bind(Node node, Scope scope, Scopes scopes)
    {
        EnsureStack(node);
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
                f.FrameSize = s.Total;
                f.PoolFrame = s.Total > 0 && !s.HasClosureInside;
                Bind(f.Body, s, scopes);
                return;
            }
            case ForIn fi:
            {
                Bind(fi.Source, scope, scopes);
                var s = scopes[fi];
                SetLocals(fi, s);
                fi.KeyBinding = fi.KeyVar is null ? null : BindingFor(fi.KeyVar, s);
                if (fi.ValueVar is not null) fi.ValueBinding = BindingFor(fi.ValueVar, s);
                else foreach (var id in AssignPattern.Names(fi.ValuePattern!)) id.Binding = BindingFor(id.Name, s);
                Bind(fi.Body, s, scopes);
                return;
            }
            case If or ForClassic or ForWhile:
            {
                var s = scopes[node];
                SetLocals((IScoped)node, s);
                foreach (var child in node.Children) Bind(child, s, scopes);
                return;
            }
            default:
                foreach (var child in node.Children) Bind(child, scope, scopes);
                return;
        }
    }

    /// <summary>The walks recurse as deep as the tree: on a thread whose stack is too small for it, a syntax error says so.</summary>
    private static void EnsureStack(Node node)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new GolfcartSyntaxException(Messages.StackTooSmall, node.Pos, false);
    }

    /// <summary>A scope-owning node's frame: its own (<see cref="IScoped.FrameSize"/>), or its slots kept in the enclosing frame.</summary>
    private static void SetLocals(IScoped node, Scope s)
    {
        bool own = s.Host == s;
        node.FrameSize = own ? s.Total : 0;
        node.LocalsFrom = own ? 0 : s.Base;
        node.LocalsCount = own ? 0 : s.Slots.Count;
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
            if (slot >= 0) candidates[n++] = (hops, s.Base + slot);
            if (s.HasFrame) hops++;
        }
        return new Binding(name, candidates, declaresGlobal: scope.IsGlobal);
    }
}

/// <summary>
/// A node that owns a scope: it makes a frame of <see cref="FrameSize"/> slots when it runs, or
/// none if 0; a scope kept in the enclosing frame instead marks that frame's slots
/// <see cref="LocalsFrom"/> to <see cref="LocalsFrom"/> + <see cref="LocalsCount"/> undeclared each
/// time it is entered (see the Resolver's Place).
/// </summary>
internal interface IScoped
{
    int FrameSize { get; set; }
    int LocalsFrom { get; set; }
    int LocalsCount { get; set; }
}
