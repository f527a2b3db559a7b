using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;

namespace Golfcart.Pgo;

/// <summary>
/// Turns the profile the .NET runtime writes at exit (DOTNET_WritePGOData=1, a text file) into a
/// .mibc file, the form crossgen2 reads with --mibc and can compile into a ReadyToRun image with
/// --embed-pgo-data. Only methods of the given assemblies are kept.
///
/// A .mibc file is a .NET assembly whose global method AssemblyDictionary names one global method
/// per group of methods (ldstr "Assembly;", ldtoken group, pop). A group method lists, per profiled
/// method: ldtoken method, ldstr "InstrumentationDataStart", then for every schema record the
/// numbers 15 (all four fields follow), IL offset, kind, count and other, then its count data
/// values (numbers, or ldtoken for a type), then ldstr "InstrumentationDataEnd" and pop.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: golfcart-pgo OUT.mibc ASSEMBLY.dll[,ASSEMBLY.dll...] PROFILE.txt");
            return 64;
        }
        var assemblies = args[1].Split(',').Select(p => Assembly.LoadFrom(Path.GetFullPath(p))).ToList();
        var profile = Profile.Read(File.ReadAllLines(args[2]), new Resolver(assemblies));
        MibcWriter.Write(args[0], profile.Methods);
        Console.WriteLine($"golfcart-pgo: {args[0]}: {profile.Methods.Count} methods profiled ({profile.Skipped} records of other assemblies or generic methods left out)");
        return profile.Methods.Count > 0 ? 0 : 1;
    }
}

/// <summary>One schema record of a method's profile and its data (numbers, or types).</summary>
internal sealed record SchemaRecord(int Kind, int ILOffset, int Other, IReadOnlyList<object> Data);

internal sealed record MethodProfile(MethodInfo Method, IReadOnlyList<SchemaRecord> Schema);

/// <summary>Finds the methods and types the runtime's profile names, in the assemblies given.</summary>
internal sealed class Resolver
{
    private readonly Dictionary<string, Assembly> _byName;
    private readonly Dictionary<(string Name, int ILSize), MethodInfo[]> _methods = [];

    public Resolver(IEnumerable<Assembly> assemblies)
    {
        _byName = assemblies.ToDictionary(a => a.GetName().Name!, a => a);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = _byName.Values.SelectMany(a => a.GetTypes()).Where(t => !t.IsGenericTypeDefinition).ToList();
        foreach (var type in types)
        {
            foreach (var m in type.GetMethods(all))
            {
                if (m.GetMethodBody() is not { } body) continue;
                // The profile names a method by its type and name; the IL size tells overloads apart.
                // It does not say which instantiation of a generic method a record is for, so such a
                // record stands for every instantiation over the assemblies' types that fits.
                var key = ($"{type.FullName}.{m.Name}", body.GetILAsByteArray()!.Length);
                _methods[key] = m.IsGenericMethodDefinition ? Instantiations(m, types) : [m];
            }
        }
    }

    public MethodInfo[] Methods(string name, int ilSize) => _methods.GetValueOrDefault((name, ilSize)) ?? [];

    /// <summary>
    /// A generic method with one type parameter bound by an interface of these assemblies (the
    /// for-in loop's sources): its instantiations over the types that implement it. Others: none.
    /// </summary>
    private MethodInfo[] Instantiations(MethodInfo generic, List<Type> types)
    {
        var parameters = generic.GetGenericArguments();
        if (parameters.Length != 1) return [];
        var bounds = parameters[0].GetGenericParameterConstraints().Where(c => c.IsInterface && _byName.ContainsKey(c.Assembly.GetName().Name!)).ToList();
        if (bounds.Count == 0) return [];
        var result = new List<MethodInfo>();
        foreach (var t in types.Where(t => bounds.All(b => b.IsAssignableFrom(t) && t != b)))
        {
            try
            {
                result.Add(generic.MakeGenericMethod(t));
            }
            catch (ArgumentException)
            {
                // another constraint (struct, new()) that t does not meet
            }
        }
        return [.. result];
    }

    public Type? Type(string assemblyQualifiedName)
    {
        try
        {
            return System.Type.GetType(assemblyQualifiedName, an => _byName.GetValueOrDefault(an.Name!) ?? Assembly.Load(an), null, throwOnError: false);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or ArgumentException or TypeLoadException)
        {
            return null;
        }
    }
}

/// <summary>The runtime's text profile (src/coreclr/vm/pgo.cpp writes it), read into methods and records.</summary>
internal sealed class Profile
{
    public List<MethodProfile> Methods { get; } = [];
    public int Skipped { get; private set; }

    // A type the runtime recorded as unknown (or that is not found here): any small non-zero number.
    private const long UnknownType = 1;

    public static Profile Read(string[] lines, Resolver resolver)
    {
        var profile = new Profile();
        int i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("@@@ ", StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            // @@@ codehash 0x… methodhash 0x… ilSize 0x… records 0x…
            var header = lines[i].Split(' ');
            int ilSize = Hex(header[6]);
            int records = Hex(header[8]);
            string name = lines[i + 1]["MethodName: ".Length..];
            i += 3; // the header, the method's name and its signature
            var schema = new List<SchemaRecord>();
            for (int r = 0; r < records; r++)
            {
                // Schema InstrumentationKind K ILOffset O Count C Other T, then C lines of data
                var f = lines[i++].Split(' ');
                int kind = int.Parse(f[2], CultureInfo.InvariantCulture);
                int count = int.Parse(f[6], CultureInfo.InvariantCulture);
                var data = new List<object>(count);
                for (int k = 0; k < count; k++) data.Add(Datum(kind, lines[i++], resolver));
                schema.Add(new SchemaRecord(kind, int.Parse(f[4], CultureInfo.InvariantCulture),
                    unchecked((int)uint.Parse(f[8], CultureInfo.InvariantCulture)), data));
            }
            var methods = name.Contains('[') ? [] : resolver.Methods(name, ilSize);
            foreach (var method in methods)
            {
                // A generic method's instantiations each appear once in the profile, in no known
                // order: the first record stands for all of them.
                if (profile.Methods.Any(m => m.Method == method)) continue;
                profile.Methods.Add(new MethodProfile(method, schema));
            }
            if (methods.Length == 0) profile.Skipped++;
        }
        return profile;
    }

    private static int Hex(string s) => int.Parse(s.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static object Datum(int kind, string line, Resolver resolver)
    {
        switch (kind & 0xF)
        {
            case 1: // a four-byte count (crossgen2 reads it as an int)
                return (long)Math.Min(uint.Parse(line, CultureInfo.InvariantCulture), (uint)int.MaxValue);
            case 2: // an eight-byte count, written as its low and high halves
            {
                var halves = line.Split(' ');
                return (long)(uint.Parse(halves[0], CultureInfo.InvariantCulture) | ((ulong)uint.Parse(halves[1], CultureInfo.InvariantCulture) << 32));
            }
            case 3: // TypeHandle: NAME, NULL or UNKNOWN
            {
                string type = line["TypeHandle: ".Length..];
                return type switch
                {
                    "NULL" => 0L,
                    "UNKNOWN" => UnknownType,
                    _ => (object?)resolver.Type(type) ?? UnknownType,
                };
            }
            case 4: // MethodHandle (delegate targets): kept as unknown
                return UnknownType;
            default:
                return 0L;
        }
    }
}

/// <summary>Writes a .mibc assembly (the format is described on <see cref="Program"/>).</summary>
internal static class MibcWriter
{
    private const MethodAttributes Global = MethodAttributes.Public | MethodAttributes.Static;

    public static void Write(string path, IReadOnlyList<MethodProfile> methods)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(Path.GetFileNameWithoutExtension(path)), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(Path.GetFileName(path));

        var config = module.DefineGlobalMethod("MibcConfig", Global, typeof(void), Type.EmptyTypes).GetILGenerator();
        foreach (var (key, value) in new[] { ("FormatVersion", "1.0"), ("Runtime", "CoreClr") })
        {
            config.Emit(OpCodes.Ldstr, key);
            config.Emit(OpCodes.Ldstr, value);
            config.Emit(OpCodes.Pop);
            config.Emit(OpCodes.Pop);
        }
        config.Emit(OpCodes.Ret);

        var groups = new List<(string Name, MethodBuilder Method)>();
        foreach (var group in methods.GroupBy(m => m.Method.Module.Assembly.GetName().Name!))
        {
            string name = group.Key + ";";
            var method = module.DefineGlobalMethod($"Assemblies_{name}_{groups.Count + 1}", Global, typeof(void), Type.EmptyTypes);
            var il = method.GetILGenerator();
            foreach (var profiled in group) WriteMethod(il, profiled);
            il.Emit(OpCodes.Ret);
            groups.Add((name, method));
        }

        var dictionary = module.DefineGlobalMethod("AssemblyDictionary", Global, typeof(void), Type.EmptyTypes).GetILGenerator();
        foreach (var (name, method) in groups)
        {
            dictionary.Emit(OpCodes.Ldstr, name);
            dictionary.Emit(OpCodes.Ldtoken, method);
            dictionary.Emit(OpCodes.Pop);
        }
        dictionary.Emit(OpCodes.Ret);

        module.CreateGlobalFunctions();
        assembly.Save(path);
    }

    private static void WriteMethod(ILGenerator il, MethodProfile profiled)
    {
        il.Emit(OpCodes.Ldtoken, profiled.Method);
        il.Emit(OpCodes.Ldstr, "InstrumentationDataStart");
        foreach (var record in profiled.Schema)
        {
            Number(il, 15); // IL offset, kind, count and other all follow
            Number(il, record.ILOffset);
            Number(il, record.Kind);
            Number(il, record.Data.Count);
            Number(il, record.Other);
            foreach (var datum in record.Data)
            {
                if (datum is Type type) il.Emit(OpCodes.Ldtoken, type);
                else Number(il, (long)datum);
            }
        }
        il.Emit(OpCodes.Ldstr, "InstrumentationDataEnd");
        il.Emit(OpCodes.Pop);
    }

    private static void Number(ILGenerator il, long value)
    {
        if (value is >= int.MinValue and <= int.MaxValue) il.Emit(OpCodes.Ldc_I4, (int)value);
        else il.Emit(OpCodes.Ldc_I8, value);
    }
}
