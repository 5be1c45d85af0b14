using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Maal;

/// <summary>The goal's interventions and external collaborators: added and removed from the edit page.</summary>
public sealed partial class RedigerModel
{
    [Idempotent]
    public async Task<IActionResult> OnPostAddInterventionAsync(Guid id, Guid goalId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        ModelState.AddFieldErrors(ModelState.NotYetShown(GoalFormRules.CheckIntervention(NewIntervention.What), nameof(NewIntervention)), nameof(NewIntervention));
        if (!ModelState.IsValid)
        {
            return await ShowRefusedAsync(id, goalId, "indsats");
        }

        Db.GoalInterventions.Add(new GoalIntervention
        {
            GoalId = Goal.Id,
            What = NewIntervention.What!.Trim(),
            HowOften = FormText.Clean(NewIntervention.HowOften),
            Who = FormText.Clean(NewIntervention.Who),
        });
        return await SaveAndReturnAsync(id, goalId, AuditAction.Create, "indsats tilføjet", "Indsatsen er tilføjet.", "indsatser");
    }

    public async Task<IActionResult> OnPostRemoveInterventionAsync(Guid id, Guid goalId, Guid interventionId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        var intervention = Goal.Interventions.FirstOrDefault(i => i.Id == interventionId);
        if (intervention is null)
        {
            return NotFound();
        }

        Db.GoalInterventions.Remove(intervention);
        return await SaveAndReturnAsync(id, goalId, AuditAction.Delete, "indsats fjernet", "Indsatsen er fjernet.", "indsatser");
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAddCollaboratorAsync(Guid id, Guid goalId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        ModelState.AddFieldErrors(ModelState.NotYetShown(GoalFormRules.CheckCollaborator(NewCollaborator.Kind, NewCollaborator.HowTheyTakePart), nameof(NewCollaborator)), nameof(NewCollaborator));
        if (!ModelState.IsValid)
        {
            return await ShowRefusedAsync(id, goalId, "samarbejdspartner");
        }

        Db.GoalCollaborators.Add(new GoalCollaborator
        {
            GoalId = Goal.Id,
            Kind = NewCollaborator.Kind!.Value,
            Name = FormText.Clean(NewCollaborator.Name),
            HowTheyTakePart = FormText.Clean(NewCollaborator.HowTheyTakePart),
        });
        return await SaveAndReturnAsync(id, goalId, AuditAction.Create, "samarbejdspartner tilføjet", "Samarbejdspartneren er tilføjet.", "samarbejdspartnere");
    }

    public async Task<IActionResult> OnPostRemoveCollaboratorAsync(Guid id, Guid goalId, Guid collaboratorId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Edit, "maal", Denied) ?? await LoadGoalAsync(goalId)) is { } early)
        {
            return early;
        }

        var collaborator = Goal.Collaborators.FirstOrDefault(c => c.Id == collaboratorId);
        if (collaborator is null)
        {
            return NotFound();
        }

        Db.GoalCollaborators.Remove(collaborator);
        return await SaveAndReturnAsync(id, goalId, AuditAction.Delete, "samarbejdspartner fjernet", "Samarbejdspartneren er fjernet.", "samarbejdspartnere");
    }

    /// <summary>A refused intervention or collaborator: the edit page again, the message at the small form's field.</summary>
    private async Task<IActionResult> ShowRefusedAsync(Guid id, Guid goalId, string what)
    {
        Input = GoalInput.From(Goal);
        await audit.RecordAsync(AuditAction.Read, id, $"{Noun}: {what} (fejl i formular)", $"mål={goalId}", HttpContext.RequestAborted);
        return Page();
    }
}
