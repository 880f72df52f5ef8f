using Briefing.Host.Cli;

return await BriefingCli.RunAsync(args);
