namespace DbSync.Core.Ini
{
    /// <summary>A value read from an INI file, with where it came from so errors can name the file and line.</summary>
    public sealed class IniValue
    {
        public IniValue(string value, string file, int line)
        {
            Value = value;
            File = file;
            Line = line;
        }

        public string Value { get; }
        public string File { get; }
        public int Line { get; }

        /// <summary>"migrate.cfg line 4", for messages.</summary>
        public string Location => File + " line " + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
