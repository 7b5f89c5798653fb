using System.Globalization;
using System.Text;

namespace DbSync.Revisions;

/// <summary>
/// The ASCII spelling of a letter, for file names: "été" is "ete", "Straße" "strasse", "Łódź" "lodz". What
/// Unicode decomposition (FormD, then dropping the combining marks) gives, plus the letters it leaves alone (ß, æ, ø,
/// ł, đ, þ, œ, ı, ŋ, ...). The tool runs with invariant globalization, where <see cref="string.Normalize()"/> does not
/// decompose, so the decompositions are a table here, made with Python's unicodedata (NFKD) over Latin-1 Supplement,
/// Latin Extended-A/B, IPA Extensions, Latin Extended Additional/C and the Latin ligatures; lower case only, since
/// names are lower-cased first.
/// </summary>
internal static class AsciiSpelling
{
    // Each entry: the ASCII spelling, a space, every lower-case letter spelled so.
    private static readonly string[] Table =
    [
        "a àáâãäåāăąǎǟǡǻȁȃȧⱥɐɑḁạảấầẩẫậắằẳẵặ",
        "ae æǣǽ",
        "b ƀɓƃḃḅḇ",
        "c çćĉċčƈȼḉ",
        "d ðďđɖɗƌȡḋḍḏḑḓ",
        "dz ǆǳ",
        "e èéêëēĕėęěǝəɛȅȇȩɇḕḗḙḛḝẹẻẽếềểễệ",
        "f ƒḟ",
        "ff ﬀ",
        "ffi ﬃ",
        "ffl ﬄ",
        "fi ﬁ",
        "fl ﬂ",
        "g ĝğġģɠɣǥǧǵḡ",
        "gh ȝ",
        "h ĥħȟɦḣḥḧḩḫẖ",
        "i ìíîïĩīĭįıɨǐȉȋḭḯỉị",
        "ij ĳ",
        "j ĵǰȷɉ",
        "k ķĸƙǩḱḳḵ",
        "l ĺļľŀłƚȴɫɬɭḷḹḻḽ",
        "lj ǉ",
        "m ɱḿṁṃ",
        "n ñńņňŉɲƞǹȵɳṅṇṉṋ",
        "ng ŋ",
        "nj ǌ",
        "o òóôõöøōŏőɔɵơǒǫǭǿȍȏȫȭȯȱɒṍṏṑṓọỏốồổỗộớờởỡợ",
        "oe œ",
        "oi ƣ",
        "ou ȣ",
        "p ƥṕṗ",
        "r ŕŗřȑȓɍɽṙṛṝṟ",
        "s śŝşšſʃșʂṡṣṥṧṩẛ",
        "ss ß",
        "st ﬅﬆ",
        "t ţťŧƫƭʈțȶⱦṫṭṯṱẗ",
        "th þ",
        "u ùúûüũūŭůűųưʊǔǖǘǚǜȕȗʉṳṵṷṹṻụủứừửữự",
        "v ʋṽṿⱽ",
        "w ŵƿẁẃẅẇẉẘ",
        "x ẋẍ",
        "y ýÿŷƴȳɏẏẙỳỵỷỹ",
        "z źżžƶʒǯȥʐẑẓẕ",
    ];

    private static readonly Dictionary<char, string> Spellings = Build();

    /// <summary>
    /// The ASCII spelling of a letter or digit, lower case: itself for ASCII, the table's for other Latin letters, the
    /// ASCII digit for any decimal digit; null when it has none (a letter of another script).
    /// </summary>
    public static string? Of(Rune letterOrDigit)
    {
        Rune lower = Rune.ToLowerInvariant(letterOrDigit);
        if (lower.IsAscii)
        {
            return ((char)lower.Value).ToString();
        }

        if (lower.IsBmp && Spellings.TryGetValue((char)lower.Value, out string? spelling))
        {
            return spelling;
        }

        return Rune.IsDigit(letterOrDigit) ? ((int)Rune.GetNumericValue(letterOrDigit)).ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether <paramref name="rune"/> is a combining mark: an accent written as a character of its own (decomposed text), spelled as nothing.</summary>
    public static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static Dictionary<char, string> Build()
    {
        var spellings = new Dictionary<char, string>();
        foreach (string entry in Table)
        {
            int space = entry.IndexOf(' ', StringComparison.Ordinal);
            string ascii = entry[..space];
            foreach (char letter in entry[(space + 1)..])
            {
                spellings.Add(letter, ascii);
            }
        }

        return spellings;
    }
}
