using Briefing.Core.Answering;
using Briefing.Core.Configuration;
using Briefing.Core.Llm;
using Briefing.Web.Lab.Compare;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Lab;

/// <summary>The prompt lab: the page at <c>/lab</c> and its JSON/SSE API under <c>/lab/api</c>.</summary>
public static class LabEndpoints
{
    public static IEndpointRouteBuilder MapBriefingLab(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Redirect("/lab"));
        endpoints.MapGet("/lab", () => LabAssets.Serve("lab.html"));
        endpoints.MapGet("/lab/assets/{name}", (string name) => LabAssets.Serve(name));
        endpoints.MapGet("/lab/api/status", Status);
        endpoints.MapPost("/lab/api/run", LabRunEndpoint.RunAsync);
        endpoints.MapGet("/lab/api/prompts", (PromptFiles prompts) => Results.Json(new { directory = prompts.Directory, files = prompts.List() }, LabJson.Options));
        endpoints.MapPut("/lab/api/prompts/{function}/{file}", SavePromptAsync);
        endpoints.MapPost("/lab/api/compare", CompareAsync);
        return endpoints;
    }

    private static IResult Status(GeneratorPlugin generator, IOptions<LlmOptions> llm, IOptions<AnsweringOptions> answering,
        IOptions<BriefingOptions> briefing, PromptFiles prompts) => Results.Json(new
    {
        generator = generator.GeneratorName,
        modelConfigured = llm.Value.IsEnabled,
        streaming = llm.Value.Streaming,
        promptsDir = prompts.Directory,
        evidenceThreshold = answering.Value.MinCoverage,
        maxQuestionChars = briefing.Value.MaxQuestionChars,
    }, LabJson.Options);

    private static async Task<IResult> SavePromptAsync(string function, string file, HttpRequest request, PromptFiles prompts)
    {
        var (body, error) = await LabRequests.ReadAsync<PromptFile>(request, request.HttpContext.RequestAborted);
        error ??= await prompts.SaveAsync(function, file, body!.Content, request.HttpContext.RequestAborted);
        return error is null ? Results.Json(new { saved = $"{function}/{file}" }, LabJson.Options) : LabRequests.Problem(error);
    }

    private static async Task<IResult> CompareAsync(HttpRequest request, CompareService compare)
    {
        var (body, error) = await LabRequests.ReadAsync<CompareRequest>(request, request.HttpContext.RequestAborted);
        if (error is not null) return LabRequests.Problem(error);
        var (report, problem) = await compare.RunAsync(body!, request.HttpContext.RequestAborted);
        return report is null ? LabRequests.Problem(problem!) : Results.Json(report, LabJson.Options);
    }
}
