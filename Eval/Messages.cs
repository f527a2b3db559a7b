namespace Golfcart;

/// <summary>Every error message the interpreter builds, in one place, so they read alike.</summary>
internal static class Messages
{
    // --- syntax ---
    public static string Expected(string what, string found) => $"expected {what}, found {found}";
    public static string UnexpectedAtTop(string found) => found == "`}`"
        ? "unexpected `}`: there is no open block to close"
        : $"unexpected {found}: expected the start of an expression";
    public const string UnterminatedString = "unterminated string: this string has no closing `\"`";
    public const string UnterminatedComment = "unterminated comment: this `/*` has no closing `*/`";
    public static string BadEscape(string esc) => $"unknown escape `{esc}` in string (known escapes: \\n \\t \\r \\\" \\\\ \\0 \\u{{...}})";
    public const string BackslashAtLineEnd = "a `\\` at the end of a line is not an escape (write `\\\\` for a backslash, `\\n` for a line break)";
    public const string BadUnicodeEscape = "invalid `\\u{...}` escape: expected 1 to 6 hex digits naming a Unicode code point";
    public const string TooDeep = "the program is nested too deeply (more than 200 levels of brackets or operators)";
    public const string StackTooSmall = "the program is nested too deeply for this thread's stack (run it on a thread with a larger stack)";
    public const string EmptyForInit = "expected an expression before `;`: a `for` loop's init may not be empty (write `for nil; cond; post`)";
    public static string PatternCompound(string op) => $"a list pattern can only be assigned with `=`, not `{op}`";
    public const string ForKeyPattern = "only the value of a `for` loop can be a list pattern: write `for i, [x, y] in xs`";
    public const string ForPatternNames = "a list pattern in a `for` header holds names only";
    public static string UnpackNotList(string got) => $"cannot unpack a {got}: a list pattern needs a list";
    public static string UnpackLength(int got, int want) =>
        $"cannot unpack a list of {got} element{(got == 1 ? "" : "s")} into {want} target{(want == 1 ? "" : "s")}";
    public const string HintWhile = "Golfcart has no `while`: a loop with a condition is `for cond { … }`";
    public const string HintElif = "Golfcart has no `elif`: write `else if`";
    public const string HintAnd = "Golfcart writes `and` for `&&`";
    public const string HintOr = "Golfcart writes `or` for `||`";
    public const string HintPower = "Golfcart has no `**`: write `pow(a, b)`";
    public const string HintIncrement = "Golfcart has no `++`: write `i += 1`";
    public const string HintNot = "Golfcart writes `!x` for `not x`";
    public const string HintIn = "`x in xs` belongs in a `for` header: test membership with `contains(xs, x)`, or `has(d, k)` for a dict";
    public const string HintMultipleAssign = "to assign several names at once, use a list pattern: `[a, b] = …`";
    public const string InvalidTarget = "invalid assignment target: only a name, `a[i]` or `a.b` can be assigned to";
    public static string DuplicateParam(string name) => $"duplicate parameter `{name}`";
    public const string ReturnOutsideFunction = "`return` outside a function";
    public static string OutsideLoop(string keyword) => $"`{keyword}` outside a loop";

    // --- runtime ---
    public static string Undefined(string name) => name switch
    {
        // Python habits that parse, as names: say what Golfcart writes.
        "not" => "`not` is not defined: Golfcart writes `!x` for `not x`",
        "while" => "`while` is not defined: Golfcart has no `while`, a loop with a condition is `for cond { … }`",
        "elif" => "`elif` is not defined: Golfcart writes `else if`",
        "None" => "`None` is not defined: Golfcart's is `nil`",
        "True" or "False" => $"`{name}` is not defined: Golfcart's bools are `true` and `false`",
        _ => $"`{name}` is not defined",
    };
    public static string BinaryTypes(string op, string verb, string left, string right)
    {
        string hint = op == "+" && (left == "string" || right == "string") ? " (use str() to turn a value into a string)" : "";
        return $"cannot {verb} {left} and {right}{hint}";
    }
    public static string BitOperand(string op, string got) => $"`{op}` works on whole numbers from -2^53 to 2^53, got {got}";
    public static string BitTypes(string op, string left, string right) => $"`{op}` works on whole numbers, got {left} and {right}";
    public static string BitResult(string op) => $"the result of `{op}` is beyond 2^53, where numbers stop being exact whole numbers";
    public static string ShiftCount(string op, string got) => $"the shift count of `{op}` must be a whole number from 0 to 63, got {got}";
    public static string UnaryType(string op, string expected, string got) => $"`{op}` expects a {expected}, got {got}";
    public static string NotBool(string where, string got) => $"{where} must be a bool, got {got} (there is no truthiness: compare explicitly)";
    public static string Compare(string left, string right) => $"cannot compare {left} and {right} (only number with number, or string with string)";
    public const string DivisionByZero = "division by zero";
    public static string DivisionByZeroIn(string fn) => $"division by zero: {fn}() got 0 as argument 2";
    public static string NotCallable(string type) => $"cannot call a {type}: it is not a function";
    public static string Arity(string name, int expected, int got) =>
        $"{name} takes {expected} argument{(expected == 1 ? "" : "s")}, got {got}";
    public static string ArityRange(string name, int min, int max, int got) => max < 0
        ? $"{name} takes at least {min} argument{(min == 1 ? "" : "s")}, got {got}"
        : min == max ? Arity(name, min, got)
        : $"{name} takes {min} to {max} arguments, got {got}";
    public static string ArgType(string fn, string expected, int index, string got) =>
        $"{fn}() expects {expected} as argument {index}, got {got}";
    public static string IndexType(string container, string got) => $"a {container} index must be a number, got {got}";
    public static string IndexNotInteger(string container, string index) => $"a {container} index must be a whole number, got {index}";
    public static string IndexRange(string container, string index, int length) =>
        $"{container} index {index} out of range (length {length})";
    public static string NotIndexable(string type) => $"cannot index a {type}";
    public static string DictKey(string got) => $"a dict key must be a string, a number or a list of them, got {got}";
    public static string KeyElement(string got) => $"a list used as a dict key may hold numbers, strings, bools, nil and such lists, not a {got}";
    public const string KeyCyclic = "a list used as a dict key cannot contain itself";
    public const string KeyTooDeep = "a list used as a dict key is nested too deeply";
    public static string NoMember(string type, string name) => type == "list"
        ? $"a list has no method `{name}`"
        : $"cannot read `.{name}` of a {type}: only dicts have fields";
    public static string CannotAssignInto(string type) => type == "string"
        ? "cannot assign into a string: strings are immutable"
        : $"cannot assign into a {type}";
    public static string AssertFailed(string expected, string actual) => $"assertion failed: expected {expected}, got {actual}";
    public const string AssertFailedBool = "assertion failed";
    public static string NotANumber(string text) => $"num() cannot parse \"{text}\" as a number";
    public const string EmptyPop = "cannot pop from an empty list";
    public const string CallDepth = "maximum call depth exceeded";
    public static string StepLimit(long max) => $"step limit exceeded: the script ran more than {max:N0} steps";
    public static string MemoryLimit(long max) => $"memory limit exceeded: the script allocated more than {max:N0} bytes";
    public const string Cancelled = "the script was stopped (cancelled)";
    public static string TimedOut(TimeSpan t) => $"time limit exceeded: the script ran longer than {t.TotalSeconds:0.###} s";
    public const string TooLong = "the result would be too large to hold in memory";
    public static string TooMany(string fn, double n, int max) =>
        $"{fn}() would make {Display.FormatNumber(n)} elements, more than the limit of {max:N0}";
    public static string FilterOneExpression(int n) => n == 0 ? "a filter needs an expression" : $"a filter is one expression, this has {n}";
    public static string FilterNotBool(string got) => $"a filter must give a bool, got {got}";
    public static string NoProperty(string name, string type) => $"`{name}` is not a public property of {type}";
    public static string HostFailed(string name, Exception e) => $"{name}() failed: {e.GetType().Name}: {e.Message}";
    public static string NotAllowed(string what, string option) =>
        $"{what} is not allowed here: the host has not granted it (EngineOptions.{option})";
    public static string CannotRead(string path, string why) => $"read() cannot open '{path}': {why}";
    public const string EmptySeparator = "split() separator is empty: use chars(s) to split a string into characters";
    public const string EmptyReplace = "replace() cannot replace the empty string";
    public static string NotOneChar(string fn, string s) => $"{fn}() expects a string of one character, got \"{s}\"";
    public static string NotCodePoint(double n) => $"chr() expects a Unicode code point (0 to 1114111, not a surrogate), got {Display.FormatNumber(n)}";
    public static string BadRegex(string fn, string why) => $"{fn}() got an invalid regular expression: {why}";
    public static string RegexTimeout(string fn, TimeSpan t) =>
        $"{fn}() gave up: the regular expression ran longer than {t.TotalSeconds:0.###} s (is it backtracking catastrophically?)";
    public static string CallbackArity(string builtin, string? fn, int expected, int got) =>
        $"{builtin}() calls its function with {got} argument{(got == 1 ? "" : "s")}, but {(fn is null ? "the function" : fn + "()")} takes {expected}";
    public const string ZeroStep = "range() step cannot be 0";
    public static string SortMixed(string fn, string a, string b) => $"{fn}() cannot compare {a} and {b}: it orders numbers with numbers, strings with strings or lists with lists";
    public static string SortType(string fn, string got) => $"{fn}() can only order numbers, strings or lists of them, got {got} (pass a key function that gives one)";
    public static string SortMixedInList(string fn, string a, string b, int index) =>
        $"{fn}() cannot compare {a} and {b} at index {index} of two key lists: it orders numbers with numbers, strings with strings or lists with lists";
    public static string SortTypeInList(string fn, string got, int index) =>
        $"{fn}() can only order numbers, strings or lists of them, got {got} at index {index} of a key list";
    public static string SortKeyTooDeep(string fn) => $"{fn}() key lists are nested too deeply to compare (does one contain itself?)";
    public static string NotBoolResult(string fn, string got) => $"the function given to {fn}() must return a bool, got {got}";
    public static string Empty(string fn) => $"{fn}() of an empty list";
    public const string EmptyHeap = "heap_pop() from an empty list";
    public const string NotAHeap = "heap_pop() needs a list filled by heap_push()";
    public const string SqrtNegative = "sqrt() of a negative number";
    public const string LcmTooLarge = "lcm() result is larger than 2^53, beyond exact whole numbers";
    public static string NotANumberInBase(string text, int b) => $"num() cannot parse \"{text}\" as a whole number in base {b}";
    public static string NotExact(string fn) => $"{fn}() result is larger than 2^53, beyond exact whole numbers";
    public static string TooManyResults(string fn, double n, int max) => n <= 1e15
        ? TooMany(fn, n, max)
        : $"{fn}() would make {(double.IsInfinity(n) ? "more than 1e308" : "about " + n.ToString("0.#e+0", System.Globalization.CultureInfo.InvariantCulture))} elements, more than the limit of {max:N0}";
    public static string NotKeyElement(string fn, string got, int index) =>
        $"{fn}() needs elements that can be dict keys (strings, numbers or key lists), got {got} at index {index}";
    public static string NotBoolElement(string fn, string got, int index) => $"{fn}() expects a list of bools, got {got} at index {index}";
    public static string NotListElement(string fn, string got, int index) => $"{fn}() expects a list of lists, got {got} at index {index}";
    public static string RaggedRows(int row, int length, int expected) =>
        $"transpose() needs rows of equal length: row {row} has {length} element{(length == 1 ? "" : "s")}, row 0 has {expected}";
    public static string MemoArgument(string got, int index) =>
        $"a function made by memo() takes numbers, strings, bools, nil and key lists as arguments (they are its cache's key), got {got} as argument {index}";
    public const string DisplayTooDeep = "value is nested too deeply to display";
}
