using Retning.Domain.Diary;
using Retning.Web.Api.Http;
using Retning.Web.Services.Diary;

namespace Retning.Web.Api.Diary;

/// <summary>
/// Writing notes through the API: a scored sub-goal note and a resident-diary note (POST, <c>Idempotency-Key</c>
/// required) and a correction (PUT, <c>If-Match</c> required). The same choices (<see cref="DiaryChoices"/>), rules
/// (<see cref="DiaryNoteRules"/>, <see cref="DiaryRules"/>) and audit subjects as the diary pages
/// (Pages/Borgere/Dagbog/Ny and Ret); docs/adr/0020-api-contract.md.
/// </summary>
public static class NoteWriteEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        Create(api.MapPost("/borgere/{id:guid}/notater/delmaal", WriteSubGoalNoteAsync).WithName("WriteSubGoalNote")
            .WithSummary("Skriv et delmålsnotat med score")
            .WithDescription("Et notat i delmålsdagbogen om et aktivt delmål i borgerens plan, med en score på delmålets skala eller notScored. "
                             + "Samme regler som dagbogens formular. Send en ny Idempotency-Key (UUID) pr. notat: en gentagelse med samme nøgle giver det første svar "
                             + "og skriver aldrig to notater; samme nøgle med andet indhold giver 422."))
            .Accepts<SubGoalNoteInput>("application/json");
        Create(api.MapPost("/borgere/{id:guid}/notater/beboer", WriteResidentNoteAsync).WithName("WriteResidentNote")
            .WithSummary("Skriv et beboernotat")
            .WithDescription("Et notat i beboerdagbogen med kontekst og notattype fra tilbuddets lister. Samme regler som dagbogens formular; "
                             + "Idempotency-Key som ved delmålsnotater."))
            .Accepts<ResidentNoteInput>("application/json");
        api.MapPut("/borgere/{id:guid}/notater/{noteId:guid}", NoteCorrection.CorrectAsync).WithName("CorrectNote").WithTags("Dagbog")
            .WithSummary("Ret et notat")
            .WithDescription("Retter et notat (forfatteren eller en leder): det nye indhold bliver en ny version med en begrundelse; den tidligere tekst bevares. "
                             + "If-Match med notatets ETag er påkrævet (428 uden); er notatet ændret siden, svares 412 med den nuværende version, og intet gemmes.")
            .Accepts<NoteCorrectionInput>("application/json")
            .Produces<NoteResource>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .Produces<ApiConflict<NoteResource>>(StatusCodes.Status412PreconditionFailed, ApiProblems.ContentType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static RouteHandlerBuilder Create(RouteHandlerBuilder endpoint) =>
        endpoint.WithTags("Dagbog")
            .Produces<NoteResource>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> WriteSubGoalNoteAsync(Guid id, HttpContext http, NoteCreation creation)
    {
        var (input, body, problem) = await ApiJson.ReadAsync<SubGoalNoteInput>(http.Request);
        return input is null
            ? problem!
            : await creation.CreateAsync(id, DiaryKind.SubGoal, NoteDrafts.From(input), body, async (verified, ct) =>
            {
                var choices = input.SubGoalId is { } posted
                    ? await DiaryChoices.ForPostedSubGoalAsync(verified.Rows, posted, ct)
                    : await DiaryChoices.PlanChoicesForCitizenAsync(verified.Rows, ct);
                // A scored note is about an active sub-goal, as the form offers them.
                return choices with { SubGoals = [.. choices.ActiveSubGoals] };
            });
    }

    private static async Task<IResult> WriteResidentNoteAsync(Guid id, HttpContext http, NoteCreation creation)
    {
        var (input, body, problem) = await ApiJson.ReadAsync<ResidentNoteInput>(http.Request);
        return input is null
            ? problem!
            : await creation.CreateAsync(id, DiaryKind.Resident, NoteDrafts.From(input), body, async (verified, ct) =>
                await (await DiaryChoices.PlanChoicesForCitizenAsync(verified.Rows, ct)).WithCategoriesAsync(verified.Rows.Context, verified.Citizen, ct));
    }
}
