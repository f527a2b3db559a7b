using System.Text;

namespace Golfcart.Tests;

/// <summary>
/// Random input must give a syntax error, a runtime error or a value — never an unhandled .NET
/// exception. The generators are seeded, so a failure names a reproducible program.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Tokens =
    [
        "x", "y", "f", "l", "d", "s", "len", "log", "str", "num", "keys", "type", "assert", "append", "pop", "pop_left",
        "if", "else", "for", "in", "return", "break", "continue", "true", "false", "nil", "and", "or",
        "0", "1", "2", ".5", "1e", "-1", "3.25", "\"a\"", "\"\"", "\"\\n\"", "\"é🎄\"", "\"\\u{1F384}\"", "\"\\q\"", "\"",
        "=", "+=", "-=", "*=", "/=", "%=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "!", "=>",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "\n", " ", "//c\n", "/*", "*/", "@", "#", "\\",
    ];

    private static readonly string Prelude = "x = 1 y = \"s\" l = [1, 2, 3] d = {a: 1} s = \"str\" f = (a) => a\n";

    private static void RunOne(string program)
    {
        try
        {
            var engine = new Engine(new EngineOptions
            {
                Output = TextWriter.Null, Input = new StringReader("line\n"), MaxSteps = 20_000, MaxCallDepth = 500,
            });
            engine.Evaluate(program, "fuzz.golf");
        }
        catch (GolfcartException e)
        {
            e.Message.Should().NotBeNullOrEmpty();
            e.Line.Should().BeGreaterThan(0, "every error names a position: {0}", program);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e.GetType().Name} escaped for program:\n{program}\n{e}");
        }
    }

    [Fact]
    public void Random_bytes_never_escape_as_dotnet_exceptions()
    {
        Support.OnBigStack(() =>
        {
            var rng = new Random(2026);
            const string alphabet = "abxyz019 \n\t\"\\(){}[]<>=!+-*/%.,;:_éλ🎄\r\0";
            for (int n = 0; n < 2000; n++)
            {
                var sb = new StringBuilder();
                int length = rng.Next(1, 120);
                for (int k = 0; k < length; k++)
                {
                    if (rng.Next(4) == 0) sb.Append((char)rng.Next(0, 0xD800));
                    else sb.Append(alphabet[rng.Next(alphabet.Length)]);
                }
                RunOne(sb.ToString());
            }
            return 0;
        });
    }

    [Fact]
    public void Random_token_soups_never_escape_as_dotnet_exceptions()
    {
        Support.OnBigStack(() =>
        {
            var rng = new Random(7);
            for (int n = 0; n < 4000; n++)
            {
                var sb = new StringBuilder(Prelude);
                int count = rng.Next(1, 30);
                for (int k = 0; k < count; k++) sb.Append(Tokens[rng.Next(Tokens.Length)]).Append(rng.Next(3) == 0 ? "" : " ");
                RunOne(sb.ToString());
            }
            return 0;
        });
    }

    [Theory]
    [InlineData("f = n => f(n + 1) f(0)")]
    [InlineData("for { }")]
    [InlineData("l = [] for { l.append(l) }")]
    [InlineData("d = {} d.d = d str(d)")]
    [InlineData("l = [] for i = 0; i < 300; i += 1 { l = [l] } str(l)")]
    [InlineData("g = () => { for x in [1] { return x } } g()")]
    public void Hostile_programs_end_cleanly(string program) => Support.OnBigStack(() => { RunOne(program); return 0; });
}
