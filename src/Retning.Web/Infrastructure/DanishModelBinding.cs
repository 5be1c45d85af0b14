using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Retning.Web.Infrastructure;

/// <summary>The model binder's messages in Danish (e.g. a date typed as "31-02-2020").</summary>
public static class DanishModelBinding
{
    public static void Configure(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' er ikke gyldig i feltet {field}.");
        p.SetMissingBindRequiredValueAccessor(field => $"Udfyld {field}.");
        p.SetMissingKeyOrValueAccessor(() => "Udfyld feltet.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Formularen var tom.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' er ikke gyldig.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Værdien er ikke gyldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Skal være et tal.");
        p.SetUnknownValueIsInvalidAccessor(field => $"Værdien i {field} er ikke gyldig.");
        p.SetValueIsInvalidAccessor(value => $"'{value}' er ikke gyldig.");
        p.SetValueMustBeANumberAccessor(field => $"{field} skal være et tal.");
        p.SetValueMustNotBeNullAccessor(field => $"Udfyld {field}.");
    }
}
