using Retning.Domain.Quality;

namespace Retning.Web.Pages.Kvalitet.Forbedringsplan;

public sealed partial class TiltagModel
{
    /// <summary>The stored action beside the user's form after a stale save.</summary>
    public IReadOnlyList<ConflictRow> ConflictRows => ConflictRow.Compare(
        [("Titel", Input.Title), ("Fund", Input.Finding), ("Frist", ConflictRow.Date(Input.DueOn)), ("Sådan sikres det implementeret", Input.MadeToLast)],
        [("Titel", Action.Title), ("Fund", Action.Finding), ("Frist", ConflictRow.Date(Action.DueOn)), ("Sådan sikres det implementeret", Action.MadeToLast)]);

    /// <summary>The other form's fields are not posted: their state is not this post's.</summary>
    private void Forget(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    /// <summary>The status form prefilled: how it lasts as written, the reading before as stored, the figure now as the reading after.</summary>
    private async Task FillMoveAsync()
    {
        Move = new MoveInput
        {
            MadeToLast = Action.MadeToLast,
            BeforeValue = ActionInput.FormatNumber(Action.BeforeValue),
            BeforeReadOn = Action.BeforeReadOn,
            Version = Action.Version,
        };
        if (Action.Status != ImprovementActionStatus.Done)
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        if (Action.Before is null && await Figures.BeforeAsync(Report, Action.FigureKind, Action.FigureKey, Today, ct) is { } before)
        {
            (Move.BeforeValue, Move.BeforeReadOn) = (ActionInput.FormatNumber(before.Value), before.ReadOn);
        }

        if (await Figures.AfterAsync(Report, Action.FigureKind, Action.FigureKey, Today, ct) is { } after)
        {
            (Move.AfterValue, Move.AfterReadOn) = (ActionInput.FormatNumber(after.Value), after.ReadOn);
        }
    }

    /// <summary>The rules' fields on the status form: the readings are typed as a value and a date.</summary>
    private static FieldError Field(FieldError e) => e.Field switch
    {
        "Before" => e with { Field = nameof(MoveInput.BeforeValue) },
        "After" => e with { Field = nameof(MoveInput.AfterValue) },
        _ => e,
    };

    /// <summary>A reading typed but not a number, or without its date, says so at the field.</summary>
    private IEnumerable<FieldError> ReadingErrors(ImprovementActionStatus to)
    {
        if (to is not (ImprovementActionStatus.VerifiedEffective or ImprovementActionStatus.VerifiedNotEffective))
        {
            yield break;
        }

        foreach (var (field, value, dateField, date) in new[] { (nameof(MoveInput.BeforeValue), Move.BeforeValue, nameof(MoveInput.BeforeReadOn), Move.BeforeReadOn), (nameof(MoveInput.AfterValue), Move.AfterValue, nameof(MoveInput.AfterReadOn), Move.AfterReadOn) })
        {
            if (!string.IsNullOrWhiteSpace(value) && ActionInput.ParseNumber(value) is null)
            {
                yield return new FieldError(field, "Skriv tallet som et tal, fx 37,5.");
            }

            if (!string.IsNullOrWhiteSpace(value) && date is null)
            {
                yield return new FieldError(dateField, "Angiv, hvornår tallet blev læst.");
            }
        }
    }
}
