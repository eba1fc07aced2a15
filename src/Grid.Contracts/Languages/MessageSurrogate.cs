using Grid.Domain.Languages;

namespace Grid.Contracts.Languages;

/// <summary>How a <see cref="Message"/> (a domain type, without Orleans) travels between silos and is stored.</summary>
[GenerateSerializer, Alias("grid.message")]
public struct MessageSurrogate
{
    [Id(0)] public MessageKey Key;
    [Id(1)] public MessageArgSurrogate[] Args;
}

[GenerateSerializer, Alias("grid.message-arg")]
public struct MessageArgSurrogate
{
    [Id(0)] public string Name;
    [Id(1)] public string? Value;
    [Id(2)] public MessageKey? Term;
}

[RegisterConverter]
public sealed class MessageConverter : IConverter<Message, MessageSurrogate>
{
    public Message ConvertFromSurrogate(in MessageSurrogate s) =>
        new(s.Key, [.. (s.Args ?? []).Select(a => new MessageArg(a.Name, a.Value, a.Term))]);

    public MessageSurrogate ConvertToSurrogate(in Message m) => new()
    {
        Key = m.Key,
        Args = [.. m.Args.Select(a => new MessageArgSurrogate { Name = a.Name, Value = a.Value, Term = a.Term })],
    };
}
