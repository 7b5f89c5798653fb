using System;
using System.IO;
using System.Text;

namespace DbSync.Core.Ini
{
    /// <summary>
    /// Reads the INI dialect shared by configparser (migrate.cfg) and oslo.config (service config files):
    /// <c>[section]</c>, <c>key = value</c> or <c>key: value</c>, whole-line <c>#</c>/<c>;</c> comments,
    /// and indented continuation lines appended with a newline.
    /// </summary>
    public static class IniParser
    {
        public static IniDocument ParseFile(string path, bool stripQuotes)
        {
            string text;
            try
            {
                text = System.IO.File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new IniFormatException(path, 0, "cannot be read: " + e.Message);
            }

            return Parse(text, path, stripQuotes);
        }

        /// <param name="stripQuotes">oslo.config removes one pair of matching quotes around a value; configparser does not.</param>
        public static IniDocument Parse(string text, string file, bool stripQuotes)
        {
            var document = new IniDocument(file);
            string? section = null;
            string? key = null;
            int keyLine = 0;
            StringBuilder? value = null;

            void Flush()
            {
                if (key != null && section != null && value != null)
                {
                    document.Set(section, key, new IniValue(Finish(value.ToString(), stripQuotes), file, keyLine));
                }

                key = null;
                value = null;
            }

            using (var reader = new StringReader(text))
            {
                int lineNumber = 0;
                string? line;
                while ((line = reader.ReadLine()) != null)
                {
                    lineNumber++;
                    if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
                    {
                        line = line.Substring(1);
                    }

                    string trimmed = line.Trim();
                    if (trimmed.Length == 0)
                    {
                        // A blank line ends a multi-line value in oslo.config; configparser keeps it, but no option here needs blank lines.
                        Flush();
                        continue;
                    }

                    if (trimmed[0] == '#' || trimmed[0] == ';')
                    {
                        continue;
                    }

                    if (char.IsWhiteSpace(line[0]) && key != null)
                    {
                        value!.Append('\n').Append(trimmed);
                        continue;
                    }

                    Flush();
                    if (trimmed[0] == '[')
                    {
                        if (trimmed[trimmed.Length - 1] != ']' || trimmed.Length < 3)
                        {
                            throw new IniFormatException(file, lineNumber, "malformed section header (expected '[name]')");
                        }

                        section = trimmed.Substring(1, trimmed.Length - 2).Trim();
                        document.AddSection(section);
                        continue;
                    }

                    int separator = trimmed.IndexOfAny(new[] { '=', ':' });
                    if (separator <= 0)
                    {
                        // The line is not echoed: it may hold a password.
                        throw new IniFormatException(file, lineNumber, "expected 'key = value', a [section] header or a comment");
                    }

                    if (section == null)
                    {
                        throw new IniFormatException(file, lineNumber, "'" + trimmed.Substring(0, separator).Trim() + "' appears before any [section] header");
                    }

                    key = trimmed.Substring(0, separator).Trim();
                    keyLine = lineNumber;
                    value = new StringBuilder(trimmed.Substring(separator + 1).Trim());
                }
            }

            Flush();
            return document;
        }

        private static string Finish(string value, bool stripQuotes)
        {
            if (stripQuotes && value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
            {
                return value.Substring(1, value.Length - 2);
            }

            return value;
        }
    }
}
