using System.Collections.Generic;

namespace DbSync.Core.Repository
{
    /// <summary>One version of the repository: its upgrade and downgrade scripts, per dialect.</summary>
    public sealed class MigrationVersion
    {
        private readonly List<ScriptFile> _scripts = new List<ScriptFile>();

        public MigrationVersion(long number)
        {
            Number = number;
        }

        public long Number { get; }

        public IReadOnlyList<ScriptFile> Scripts => _scripts;

        /// <summary>"004_add_ports", from the upgrade script (the first script found otherwise).</summary>
        public string Name
        {
            get
            {
                ScriptFile? named = null;
                foreach (ScriptFile script in _scripts)
                {
                    if (script.Name.Operation == ScriptOperation.Upgrade && (named == null || script.Name.Dialect == ScriptName.DefaultDialect))
                    {
                        named = script;
                    }
                }

                return (named ?? _scripts[0]).Name.VersionName;
            }
        }

        /// <summary>The script for <paramref name="dialect"/>, falling back to the <c>default</c> one, as sqlalchemy-migrate does.</summary>
        public ScriptFile? GetScript(string dialect, ScriptOperation operation) =>
            Find(dialect, operation) ?? Find(ScriptName.DefaultDialect, operation);

        /// <summary>
        /// The script of the first of <paramref name="dialects"/> that has one (most specific first, e.g. <c>mariadb</c>
        /// then <c>mysql</c>), falling back to the <c>default</c> one.
        /// </summary>
        public ScriptFile? GetScript(IReadOnlyList<string> dialects, ScriptOperation operation)
        {
            foreach (string dialect in dialects)
            {
                ScriptFile? script = Find(dialect, operation);
                if (script != null)
                {
                    return script;
                }
            }

            return Find(ScriptName.DefaultDialect, operation);
        }

        public ScriptFile? Find(string dialect, ScriptOperation operation)
        {
            foreach (ScriptFile script in _scripts)
            {
                if (script.Name.Operation == operation && script.Name.Dialect == dialect)
                {
                    return script;
                }
            }

            return null;
        }

        public bool HasOperation(ScriptOperation operation)
        {
            foreach (ScriptFile script in _scripts)
            {
                if (script.Name.Operation == operation)
                {
                    return true;
                }
            }

            return false;
        }

        internal void Add(ScriptFile script) => _scripts.Add(script);
    }
}
