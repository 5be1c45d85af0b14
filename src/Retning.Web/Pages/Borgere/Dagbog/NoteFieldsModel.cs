using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>What the shared diary fields need: the form's values, the kind of note and the choices.</summary>
public sealed record NoteFieldsModel(DiaryNoteInput Input, DiaryKind Kind, DiaryChoices Choices);
