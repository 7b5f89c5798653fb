using System;
using System.Collections.Generic;

namespace DbSync.Core.Ini
{
    /// <summary>
    /// Sections of key/value pairs, as Python's configparser and oslo.config read them.
    /// Section and key names compare case-insensitively; a later duplicate key wins.
    /// </summary>
    public sealed class IniDocument
    {
        private readonly Dictionary<string, Dictionary<string, IniValue>> _sections =
            new Dictionary<string, Dictionary<string, IniValue>>(StringComparer.OrdinalIgnoreCase);

        public IniDocument(string file)
        {
            File = file;
        }

        public string File { get; }

        public IEnumerable<string> SectionNames => _sections.Keys;

        public bool HasSection(string section) => _sections.ContainsKey(section);

        public IniValue? Get(string section, string key) =>
            _sections.TryGetValue(section, out var values) && values.TryGetValue(key, out var value) ? value : null;

        public IReadOnlyDictionary<string, IniValue> Section(string section) =>
            _sections.TryGetValue(section, out var values) ? values : new Dictionary<string, IniValue>();

        internal void AddSection(string section)
        {
            if (!_sections.ContainsKey(section))
            {
                _sections[section] = new Dictionary<string, IniValue>(StringComparer.OrdinalIgnoreCase);
            }
        }

        internal void Set(string section, string key, IniValue value)
        {
            AddSection(section);
            _sections[section][key] = value;
        }
    }
}
