namespace Features;

public enum PostKind
{
    Article,
    Note,
}
