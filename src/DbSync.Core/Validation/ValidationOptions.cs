namespace DbSync.Core.Validation
{
    /// <summary>How strict <see cref="RepositoryValidator"/> is, beyond what the repository's migrate.cfg asks for.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>
        /// A version without a downgrade script is an error (DBS004) instead of a warning. OR-ed with migrate.cfg's
        /// <c>[dbsync] require_downgrade</c>: either one makes it an error.
        /// </summary>
        public bool RequireDowngrade { get; set; }
    }
}
