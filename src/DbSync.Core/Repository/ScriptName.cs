using System;
using System.Collections.Generic;
using System.Globalization;

namespace DbSync.Core.Repository
{
    /// <summary>
    /// The parts of a script file name, <c>NNN_description_DIALECT_OPERATION.sql</c>, split on '_' the way
    /// sqlalchemy-migrate does: the first part is the version, the second-to-last the dialect, the last the operation.
    /// </summary>
    public sealed class ScriptName
    {
        public const string DefaultDialect = "default";

        /// <summary>Scripts for MariaDB only; a mariadb:// database runs them before <see cref="MySqlDialect"/> ones.</summary>
        public const string MariaDbDialect = "mariadb";

        public const string MySqlDialect = "mysql";

        /// <summary>
        /// The dialect whose script a database running <paramref name="dialect"/> scripts falls back to before
        /// <c>default</c>: <c>mysql</c> for <c>mariadb</c>, none (null) otherwise.
        /// </summary>
        public static string? FallbackOf(string dialect) => dialect == MariaDbDialect ? MySqlDialect : null;

        /// <summary>
        /// Dialect names sqlalchemy-migrate files scripts under, and DbSync's <c>mariadb</c>; DbSync runs <c>default</c>,
        /// <c>sqlite</c>, <c>mysql</c> and <c>mariadb</c> (on a mariadb:// URL, preferred over <c>mysql</c>).
        /// </summary>
        public static readonly IReadOnlyCollection<string> KnownDialects = new[]
        {
            DefaultDialect, "sqlite", "mysql", "mariadb", "postgres", "postgresql", "oracle", "mssql", "firebird", "ibm_db_sa",
        };

        private ScriptName(string fileName, long version, string versionText, string description, string dialect, ScriptOperation operation)
        {
            FileName = fileName;
            Version = version;
            VersionText = versionText;
            Description = description;
            Dialect = dialect;
            Operation = operation;
        }

        public string FileName { get; }
        public long Version { get; }

        /// <summary>The digits as written, e.g. "004": kept so new revisions use the same width.</summary>
        public string VersionText { get; }

        public string Description { get; }
        public string Dialect { get; }
        public ScriptOperation Operation { get; }

        /// <summary>"004_add_ports": the version's name in progress lines.</summary>
        public string VersionName => Description.Length == 0 ? VersionText : VersionText + "_" + Description;

        /// <summary>
        /// sqlalchemy-migrate only looks at files whose name starts with three or more digits; everything else
        /// in versions/ (README, __init__.py, editor files) is ignored.
        /// </summary>
        public static bool IsVersionedFileName(string fileName)
        {
            int digits = 0;
            while (digits < fileName.Length && fileName[digits] >= '0' && fileName[digits] <= '9')
            {
                digits++;
            }

            return digits > 0;
        }

        /// <summary>
        /// Parses a file name from versions/. Returns null with a null <paramref name="error"/> for files that are
        /// not migration scripts (no leading digits, or not .sql/.py), and null with an error for a bad name.
        /// </summary>
        public static ScriptName? TryParse(string fileName, out string? error)
        {
            error = null;
            if (!IsVersionedFileName(fileName))
            {
                return null;
            }

            if (fileName.EndsWith(".py", StringComparison.OrdinalIgnoreCase))
            {
                error = "Python migration scripts are not supported; rewrite '" + fileName + "' as SQL upgrade and downgrade scripts";
                return null;
            }

            if (!fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string stem = fileName.Substring(0, fileName.Length - 4);
            string expected = "; expected NNN_description_DIALECT_OPERATION.sql, e.g. 004_add_ports_default_upgrade.sql";
            string[] parts = stem.Split('_');
            if (parts.Length < 3)
            {
                error = "'" + fileName + "' has too few parts" + expected;
                return null;
            }

            string versionText = parts[0];
            if (versionText.Length < 3 || !IsAllDigits(versionText))
            {
                error = "'" + fileName + "' must start with a version of three or more digits" + expected;
                return null;
            }

            if (!long.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out long version))
            {
                error = "'" + fileName + "' has a version number that is too large";
                return null;
            }

            string operationText = parts[parts.Length - 1];
            ScriptOperation operation;
            if (operationText == "upgrade")
            {
                operation = ScriptOperation.Upgrade;
            }
            else if (operationText == "downgrade")
            {
                operation = ScriptOperation.Downgrade;
            }
            else
            {
                error = "'" + fileName + "' must end in _upgrade.sql or _downgrade.sql, not _" + operationText + ".sql";
                return null;
            }

            int dialectParts = 1;
            string dialect = parts[parts.Length - 2];
            if (stem.EndsWith("_ibm_db_sa_" + operationText, StringComparison.Ordinal) && parts.Length >= 5)
            {
                dialect = "ibm_db_sa";
                dialectParts = 3;
            }

            if (!IsKnownDialect(dialect))
            {
                error = "'" + fileName + "' names dialect '" + dialect + "'; use one of " + string.Join(", ", KnownDialects);
                return null;
            }

            string description = string.Join("_", parts, 1, parts.Length - 2 - dialectParts);
            return new ScriptName(fileName, version, versionText, description, dialect, operation);
        }

        private static bool IsKnownDialect(string dialect)
        {
            foreach (string known in KnownDialects)
            {
                if (known == dialect)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAllDigits(string text)
        {
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
