using System.Reflection;

namespace Golfcart;

/// <summary>Facts about the language this library implements: version, grammar, keywords, builtins.</summary>
public static class Language
{
    /// <summary>The implementation's version.</summary>
    public static string Version { get; } =
        typeof(Language).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The grammar in EBNF, as <c>golfcart --ebnf</c> prints it.</summary>
    public static string Ebnf
    {
        get
        {
            using var stream = typeof(Language).Assembly.GetManifestResourceStream("Golfcart.grammar.ebnf")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The reserved words.</summary>
    public static IReadOnlyList<string> Keywords => Scanner.Keywords;

    /// <summary>The names of the builtins' scope: the builtin functions, and constants such as <c>inf</c>.</summary>
    public static IEnumerable<string> BuiltinNames => Builtins.UniverseNames;

    /// <summary>The names of the list methods (<c>xs.append(x)</c> …), in alphabetical order.</summary>
    public static IReadOnlyList<string> ListMethodNames { get; } = Builtins.MethodNames.Order(StringComparer.Ordinal).ToArray();

    /// <summary>How deeply expressions may nest before the parser reports an error.</summary>
    public static int MaxNesting => Combinators.MaxNesting;
}
