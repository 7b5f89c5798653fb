using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DbSync.Core.Ini;
using DbSync.Core.Validation;
using DbSync.Core.Errors;

namespace DbSync.Core.Repository
{
    /// <summary>
    /// A repository's <c>migrate.cfg</c>: sqlalchemy-migrate's <c>[db_settings]</c> and DbSync's own <c>[dbsync]</c>
    /// section, which sqlalchemy-migrate ignores.
    /// </summary>
    public sealed class MigrateConfig
    {
        public const string FileName = "migrate.cfg";
        public const string DefaultVersionTable = "migrate_version";

        private MigrateConfig(string path, string repositoryId, string versionTable, IReadOnlyList<string> requiredDbs,
            bool useTimestampNumbering, string? model, string? templates, bool requireDowngrade, long initVersion, IniValue? baseline)
        {
            Path = path;
            RepositoryId = repositoryId;
            VersionTable = versionTable;
            RequiredDbs = requiredDbs;
            UseTimestampNumbering = useTimestampNumbering;
            Model = model;
            Templates = templates;
            RequireDowngrade = requireDowngrade;
            InitVersion = initVersion;
            Baseline = baseline == null ? (long?)null : ParseBaseline(baseline, path);
            BaselineLine = baseline?.Line ?? 0;
        }

        public string Path { get; }
        public string RepositoryId { get; }
        public string VersionTable { get; }
        public IReadOnlyList<string> RequiredDbs { get; }
        public bool UseTimestampNumbering { get; }

        /// <summary><c>[dbsync] model</c>: the desired-state SQL file, relative to the repository.</summary>
        public string? Model { get; }

        /// <summary><c>[dbsync] templates</c>: the folder of the revision templates, relative to the repository (default: <c>templates/</c> when present).</summary>
        public string? Templates { get; }

        /// <summary><c>[dbsync] require_downgrade</c>: a version without a downgrade script is an error, not a warning.</summary>
        public bool RequireDowngrade { get; }

        /// <summary><c>[dbsync] init_version</c>: the version an empty database is put under control at (oslo.db's init_version).</summary>
        public long InitVersion { get; }

        /// <summary>
        /// <c>[dbsync] baseline</c>: the version whose baseline script (<c>versions/baseline/</c>) builds the schema of a
        /// new database in one step, or null (written by <c>dotnet dbsync baseline</c>; see <see cref="RepositoryBaseline"/>).
        /// </summary>
        public long? Baseline { get; }

        /// <summary>The line of <c>baseline</c> in migrate.cfg, for findings; 0 when it is not set.</summary>
        public int BaselineLine { get; }

        /// <summary>Reads and checks migrate.cfg; any problem is a DBS006 <see cref="RepositoryException"/> naming the file and line.</summary>
        public static MigrateConfig Load(string path)
        {
            if (!File.Exists(path))
            {
                throw Invalid(path, 0, "migrate.cfg is missing; every repository needs one with [db_settings] repository_id (create a repository with 'dotnet dbsync init')");
            }

            IniDocument ini;
            try
            {
                ini = IniParser.ParseFile(path, stripQuotes: false);
            }
            catch (IniFormatException e)
            {
                throw Invalid(path, e.Line, e.Reason);
            }

            if (!ini.HasSection("db_settings"))
            {
                throw Invalid(path, 0, "migrate.cfg has no [db_settings] section");
            }

            IniValue? id = ini.Get("db_settings", "repository_id");
            if (id == null || id.Value.Length == 0)
            {
                throw Invalid(path, 0, "[db_settings] repository_id is missing; set it to the name of the repository");
            }

            IniValue? table = ini.Get("db_settings", "version_table");
            string versionTable = table == null || table.Value.Length == 0 ? DefaultVersionTable : table.Value;
            if (!IsIdentifier(versionTable))
            {
                throw Invalid(path, table!.Line, "[db_settings] version_table '" + versionTable + "' is not a plain table name (letters, digits and '_')");
            }

            return new MigrateConfig(
                path,
                id.Value,
                versionTable,
                ParseList(ini.Get("db_settings", "required_dbs"), path),
                ParseBool(ini.Get("db_settings", "use_timestamp_numbering"), "[db_settings] use_timestamp_numbering", path),
                NullIfEmpty(ini.Get("dbsync", "model")?.Value),
                NullIfEmpty(ini.Get("dbsync", "templates")?.Value),
                ParseBool(ini.Get("dbsync", "require_downgrade"), "[dbsync] require_downgrade", path),
                ParseVersion(ini.Get("dbsync", "init_version"), path),
                ini.Get("dbsync", "baseline") is IniValue baseline && baseline.Value.Length > 0 ? baseline : null);
        }

        private static RepositoryException Invalid(string path, int line, string message) =>
            new RepositoryException(new Diagnostic(ErrorCodes.InvalidMigrateConfig, DiagnosticSeverity.Error, path, line, message));

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }

        // configparser's getboolean(): 1/yes/true/on and 0/no/false/off, any case.
        private static bool ParseBool(IniValue? value, string name, string path)
        {
            if (value == null || value.Value.Length == 0)
            {
                return false;
            }

            switch (value.Value.ToLowerInvariant())
            {
                case "1":
                case "yes":
                case "true":
                case "on":
                    return true;
                case "0":
                case "no":
                case "false":
                case "off":
                    return false;
                default:
                    throw Invalid(path, value.Line, name + " must be True or False, not '" + value.Value + "'");
            }
        }

        private static long ParseVersion(IniValue? value, string path)
        {
            if (value == null || value.Value.Length == 0)
            {
                return 0;
            }

            if (!long.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long version))
            {
                throw Invalid(path, value.Line, "[dbsync] init_version must be a non-negative whole number, not '" + value.Value + "'");
            }

            return version;
        }

        private static long ParseBaseline(IniValue value, string path)
        {
            if (!long.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long version) || version == 0)
            {
                throw Invalid(path, value.Line, "[dbsync] baseline must be the version number of a script, not '" + value.Value + "'");
            }

            return version;
        }

        // required_dbs is written as a Python list literal: [] or ['sqlite', 'mysql'].
        private static IReadOnlyList<string> ParseList(IniValue? value, string path)
        {
            var items = new List<string>();
            if (value == null)
            {
                return items;
            }

            string text = value.Value.Trim();
            if (text.Length < 2 || text[0] != '[' || text[text.Length - 1] != ']')
            {
                throw Invalid(path, value.Line, "[db_settings] required_dbs must be a list such as [] or ['sqlite', 'mysql']");
            }

            foreach (string item in text.Substring(1, text.Length - 2).Split(','))
            {
                string name = item.Trim().Trim('\'', '"');
                if (name.Length > 0)
                {
                    items.Add(name);
                }
            }

            return items;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
