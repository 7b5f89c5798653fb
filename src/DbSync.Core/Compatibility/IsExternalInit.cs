namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets records compile for netstandard2.0, which predates init-only setters; the compiler only needs the type to exist.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
