using Retning.Domain.Audit;
using Retning.Domain.Organisation;

namespace Retning.UnitTests.Audit;

/// <summary>An administrator's audit detail: ids as criteria, changes as "label: før → efter", typed text unable to forge parts.</summary>
public sealed class AuditDetailBuilderTests
{
    private static readonly Guid User = Guid.Parse("0b6f1c3e-9c2a-4d8e-9a51-2f4c7f0e1a22");

    [Fact]
    public void Ids_and_changes_read_as_the_log_page_shows_them()
    {
        var detail = new AuditDetailBuilder().Key("bruger", User).Key("rolle", StaffRole.DepartmentHead)
            .Change("navn", "Anne", "Anne Holm").Change("aktiv", true, false).ToString();

        Assert.Equal($"bruger={User}; rolle=DepartmentHead; navn: Anne → Anne Holm; aktiv: ja → nej", detail);
        Assert.Equal("Bruger: Anne Holm; Rolle: Afdelingsleder; Navn: Anne → Anne Holm; Aktiv: ja → nej",
            AuditDetailText.Render(detail, (kind, id) => kind == AuditReference.User && id == User ? "Anne Holm" : null));
    }

    [Fact]
    public void An_unchanged_value_and_a_missing_key_are_left_out()
    {
        var detail = new AuditDetailBuilder().Key("bruger", null).Change("telefon", " 12 ", "12").Change("adresse", null, "").Fact("version", " ").ToString();

        Assert.Equal(string.Empty, detail);
    }

    [Fact]
    public void Typed_text_cannot_add_a_part_and_is_shortened()
    {
        var detail = new AuditDetailBuilder().Change("navn", "A", "B; bruger=" + User + " & rolle=Administrator" + new string('x', 100)).ToString();

        var part = Assert.Single(AuditDetailText.Parse(detail));
        Assert.Null(part.Key);
        Assert.EndsWith("…", detail, StringComparison.Ordinal);
        Assert.True(detail.Length < AuditDetailBuilder.ValueLength + 20, detail);
    }

    [Fact]
    public void An_empty_value_is_shown_as_empty()
    {
        Assert.Equal("telefon: (tom) → 70 10 20 30", new AuditDetailBuilder().Change("telefon", null, "70 10 20 30").ToString());
    }
}
