using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>One note in a list: the note, the names its ids stand for, and its score label.</summary>
public sealed record NoteCardModel(DiaryEntry Note, DiaryChoices Choices, ScoreLabels Scores, bool LinkToNote = true);
