using Retning.Domain.Audit;

namespace Retning.UnitTests.Audit;

/// <summary>The audit detail as a person reads it: ids named within scope, criteria in words, the stored text untouched.</summary>
public sealed class AuditDetailTextTests
{
    private static readonly Guid GoalId = Guid.Parse("ffa4f8d3-0b1e-4c9a-9a53-3f1d2c4b5a61");
    private static readonly Guid UserId = Guid.Parse("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    private static string? Name(AuditReference kind, Guid id) => (kind, id) switch
    {
        (AuditReference.Goal, var g) when g == GoalId => "\"At borgeren smører sin madpakke\"",
        (AuditReference.User, var u) when u == UserId => "Mette Hansen",
        _ => null,
    };

    [Fact]
    public void A_goal_id_and_a_period_become_the_goal_text_and_danish_dates()
    {
        var shown = AuditDetailText.Render($"mål={GoalId}; fra=2026-12-01&til=2026-12-31", Name);

        Assert.Equal("Mål: \"At borgeren smører sin madpakke\"; Fra: 01-12-2026; Til: 31-12-2026", shown);
    }

    [Fact]
    public void The_filter_of_the_user_log_is_read_in_words_and_empty_criteria_are_left_out()
    {
        var shown = AuditDetailText.Render($"bruger={UserId}&handling=Update&fra=&til=", Name);

        Assert.Equal("Bruger: Mette Hansen; Handling: Ændret", shown);
    }

    [Fact]
    public void An_id_the_reader_may_not_see_is_not_shown_as_a_name_nor_as_an_id()
    {
        var hidden = Guid.NewGuid();

        var shown = AuditDetailText.Render($"mål={hidden}; tilstand: Aktiv → Opnået", Name);

        Assert.Equal($"Mål: {AuditDetailText.Unavailable}; Tilstand: Aktiv → Opnået", shown);
        Assert.DoesNotContain(hidden.ToString(), shown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Free_text_and_unknown_criteria_are_kept_and_a_search_is_unescaped()
    {
        var shown = AuditDetailText.Render("q=Agnes%20M&vis=Open; viste=3", Name);

        Assert.Equal("Søgning: \"Agnes M\"; Vis: Open; Viste: 3", shown);
    }

    [Fact]
    public void No_detail_shows_nothing()
    {
        Assert.Null(AuditDetailText.Render(null, Name));
        Assert.Null(AuditDetailText.Render("bruger=&handling=&fra=&til=", Name));
    }

    [Fact]
    public void Only_ids_of_known_kinds_are_asked_for()
    {
        var ids = AuditDetailText.Ids(AuditDetailText.Parse($"mål={GoalId}; bruger={UserId}; ukendt={Guid.NewGuid()}; fra=2026-12-01")).ToList();

        Assert.Equal([(AuditReference.Goal, GoalId), (AuditReference.User, UserId)], ids);
    }
}
